package org.worldbench.engine.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Mulberry32, the 32-bit seeded generator of seed 003 (ADR 4-5), with the helpers generators use.
 *
 * <p>The bit stream is exactly the published algorithm (Tommy Ettinger's mulberry32, as written in
 * JavaScript with {@code Math.imul}); {@link #nextUnsignedInt()} returns its raw 32-bit outputs and
 * {@link #random()} divides them by 2<sup>32</sup>, so a JavaScript implementation seeded alike gives
 * the same doubles. All helpers are defined in terms of that stream with integer arithmetic only, so
 * results are identical on every JDK.
 *
 * <p>Instances are mutable and not thread-safe; never share one between parts of a generation. Derive
 * an independent stream per part with {@link Seeds#stream(long, String, String)} instead.
 */
public final class SeededRandom {

    private static final double TWO_POW_32 = 4294967296.0;

    private int state;

    /** Creates a generator whose state is the low 32 bits of {@code seed}. */
    public SeededRandom(long seed) {
        this.state = (int) seed;
    }

    /** The current 32-bit state as an unsigned value, to save and later {@link #setState(long)}. */
    public long getState() {
        return Integer.toUnsignedLong(state);
    }

    /** Restores a state returned by {@link #getState()}; the sequence continues from there. */
    public void setState(long savedState) {
        this.state = (int) savedState;
    }

    /** The next raw output of Mulberry32 as a signed int (all 32 bits random). */
    public int nextInt() {
        int t = state += 0x6D2B79F5;
        t = (t ^ (t >>> 15)) * (t | 1);
        t ^= t + (t ^ (t >>> 7)) * (t | 61);
        return t ^ (t >>> 14);
    }

    /** The next raw output of Mulberry32 as an unsigned value in [0, 2^32). */
    public long nextUnsignedInt() {
        return Integer.toUnsignedLong(nextInt());
    }

    /** A double in [0, 1): the next output divided by 2^32, as in the published algorithm. */
    public double random() {
        return nextUnsignedInt() / TWO_POW_32;
    }

    /**
     * A uniform integer in [min, max], both inclusive, without modulo bias (rejection sampling on the
     * 32-bit output).
     *
     * @throws IllegalArgumentException if {@code max < min} or the range is wider than 2^32
     */
    public int randomInt(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException("randomInt: max " + max + " < min " + min);
        }
        long range = (long) max - (long) min + 1L;
        if (range == 1L) {
            return min;
        }
        // Largest multiple of range that fits in 2^32; values at or above it are rejected.
        long limit = (1L << 32) - ((1L << 32) % range);
        long value;
        do {
            value = nextUnsignedInt();
        } while (value >= limit);
        return (int) (min + value % range);
    }

    /** True with probability {@code p} (clamped to [0, 1]). */
    public boolean probability(double p) {
        if (p <= 0) {
            return false;
        }
        if (p >= 1) {
            return true;
        }
        return random() < p;
    }

    /** A uniformly chosen element of a non-empty list. */
    public <T> T choice(List<T> items) {
        Objects.requireNonNull(items, "items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("choice from an empty list");
        }
        return items.get(randomInt(0, items.size() - 1));
    }

    /**
     * An element chosen with probability proportional to its weight. Weights must be finite and
     * non-negative with a positive sum; one draw is consumed.
     */
    public <T> T weightedChoice(List<T> items, double[] weights) {
        Objects.requireNonNull(items, "items");
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException(
                    "weightedChoice needs one weight per item: " + items.size() + " items, " + weights.length + " weights");
        }
        double total = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weightedChoice: weight " + w + " is not a finite non-negative number");
            }
            total += w;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("weightedChoice: weights sum to zero");
        }
        double pick = random() * total;
        double running = 0;
        for (int i = 0; i < weights.length; i++) {
            running += weights[i];
            if (pick < running) {
                return items.get(i);
            }
        }
        // Rounding can leave pick == total; the last item with positive weight takes it.
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return items.get(i);
            }
        }
        throw new AssertionError("unreachable: positive total with no positive weight");
    }

    /** Shuffles the list in place (Fisher-Yates, from the end) and returns it. */
    public <T> List<T> shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = randomInt(0, i);
            Collections.swap(items, i, j);
        }
        return items;
    }

    /** A shuffled copy of the given items; the input is left alone. */
    public <T> List<T> shuffled(List<T> items) {
        return shuffle(new ArrayList<>(items));
    }

    /**
     * A normally distributed value (Box-Muller on two draws). Uses only {@link StrictMath}, so the
     * result is the same on every JDK.
     */
    public double gaussian(double mean, double standardDeviation) {
        double u1 = 1.0 - random(); // (0, 1]: log is finite
        double u2 = random();
        double z = StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
        return mean + standardDeviation * z;
    }
}
