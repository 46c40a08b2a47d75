package org.worldbench.engine.random;

import java.util.Objects;

/**
 * World seeds: parsing numeric and text seeds, and deriving independent streams statelessly.
 *
 * <p>A world seed is an unsigned 32-bit value (Mulberry32's state size). Numeric input is taken
 * modulo 2<sup>32</sup>, so {@code -1} and {@code 4294967295} name the same world. Text seeds such
 * as {@code "the memory syndicate"} hash with cyrb128 to the first of its four words.
 *
 * <p>Streams are derived from (seed, stage tag, part id) alone, never from a shared generator in
 * call order: re-seeding one room or generating chunks in any order leaves every other stream
 * untouched.
 */
public final class Seeds {

    private Seeds() {
    }

    /** The world seed of a number: its low 32 bits, unsigned. */
    public static long fromNumber(long value) {
        return value & 0xFFFF_FFFFL;
    }

    /**
     * The world seed a user typed: a decimal integer (optionally signed) is a number, anything else
     * is text hashed with {@link #cyrb128(String)}.
     */
    public static long parse(String text) {
        Objects.requireNonNull(text, "seed text");
        String trimmed = text.strip();
        if (trimmed.matches("[+-]?\\d{1,19}")) {
            try {
                return fromNumber(Long.parseLong(trimmed));
            } catch (NumberFormatException tooLarge) {
                // Falls through: a digit string beyond a long is hashed like any text.
            }
        }
        return fromText(text);
    }

    /** True when {@link #parse(String)} reads the text as a number rather than hashing it. */
    public static boolean isNumeric(String text) {
        String trimmed = text.strip();
        if (!trimmed.matches("[+-]?\\d{1,19}")) {
            return false;
        }
        try {
            Long.parseLong(trimmed);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The world seed of a text: the first word of its cyrb128 hash. */
    public static long fromText(String text) {
        return Integer.toUnsignedLong(cyrb128(text)[0]);
    }

    /**
     * cyrb128 (bryc's public-domain string hash) over the UTF-16 code units of the text, as the
     * JavaScript original reads them with {@code charCodeAt}. Returns four 32-bit words.
     */
    public static int[] cyrb128(String text) {
        int h1 = 1779033703;
        int h2 = 0xBB67AE85; // 3144134277
        int h3 = 1013904242;
        int h4 = 0xA54FF53A; // 2773480762
        for (int i = 0; i < text.length(); i++) {
            int k = text.charAt(i);
            h1 = h2 ^ ((h1 ^ k) * 597399067);
            h2 = h3 ^ ((h2 ^ k) * 0xAB0E9789); // 2869860233
            h3 = h4 ^ ((h3 ^ k) * 951274213);
            h4 = h1 ^ ((h4 ^ k) * 0xA1E38B93); // 2716044179
        }
        h1 = (h3 ^ (h1 >>> 18)) * 597399067;
        h2 = (h4 ^ (h2 >>> 22)) * 0xAB0E9789;
        h3 = (h1 ^ (h3 >>> 17)) * 951274213;
        h4 = (h2 ^ (h4 >>> 19)) * 0xA1E38B93;
        h1 ^= (h2 ^ h3 ^ h4);
        h2 ^= h1;
        h3 ^= h1;
        h4 ^= h1;
        return new int[] {h1, h2, h3, h4};
    }

    /**
     * The seed of the stream for one part of one stage: a pure function of its three inputs.
     *
     * @param worldSeed the world seed (low 32 bits used)
     * @param stage     a stage tag such as {@code "layout"} or {@code "room-interior"}
     * @param partId    the part within the stage, such as a room id or a chunk id
     */
    public static long derive(long worldSeed, String stage, String partId) {
        int[] s = cyrb128(stage);
        int[] p = cyrb128(partId);
        long mixed = (worldSeed & 0xFFFF_FFFFL) * 0x9E3779B97F4A7C15L;
        mixed ^= ((long) s[0] << 32) | (s[1] & 0xFFFF_FFFFL);
        mixed = splitMix64(mixed);
        mixed ^= ((long) p[0] << 32) | (p[1] & 0xFFFF_FFFFL);
        mixed = splitMix64(mixed);
        return (mixed ^ (mixed >>> 32)) & 0xFFFF_FFFFL;
    }

    /** A new generator for (seed, stage, part); see {@link #derive(long, String, String)}. */
    public static SeededRandom stream(long worldSeed, String stage, String partId) {
        return new SeededRandom(derive(worldSeed, stage, partId));
    }

    /** The SplitMix64 finalizer: a bijective 64-bit mix with full avalanche. */
    static long splitMix64(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
