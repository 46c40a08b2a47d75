package org.worldbench.app.cli;

import org.worldbench.engine.io.InputException;

/** A seed range {@code A..B} (both inclusive) as the CLI writes it, with an optional shard {@code k/n}. */
public record SeedRange(long first, long last) {

    /** Parses {@code A..B} or a single seed. */
    public static SeedRange parse(String text) throws InputException {
        String[] parts = text.strip().split("\\.\\.", -1);
        try {
            if (parts.length == 1) {
                long v = Long.parseLong(parts[0].strip());
                return check(text, v, v);
            }
            if (parts.length == 2) {
                return check(text, Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException("command line", "--seeds " + text, "expected a seed range A..B of whole numbers, e.g. 1..500");
    }

    private static SeedRange check(String text, long a, long b) throws InputException {
        if (a < 0 || b > 0xFFFF_FFFFL || b < a) {
            throw new InputException("command line", "--seeds " + text, "need 0 <= A <= B <= 4294967295");
        }
        return new SeedRange(a, b);
    }

    /** Number of seeds. */
    public long size() {
        return last - first + 1;
    }

    /** The seeds of shard {@code k} (1-based) of {@code n}: every n-th seed, starting at the k-th. */
    public long[] shard(int k, int n) {
        long count = (size() - (k - 1) + n - 1) / n;
        long[] out = new long[(int) Math.max(0, count)];
        for (int i = 0; i < out.length; i++) {
            out[i] = first + (k - 1) + (long) i * n;
        }
        return out;
    }
}
