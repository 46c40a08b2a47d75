package org.worldbench.engine.world;

/**
 * Deterministic hashing and value noise over global coordinates, in integer arithmetic and plain
 * IEEE doubles only (no platform maths), so every JDK gives the same bits and adjacent chunks agree
 * along their borders.
 */
public final class Noise {

    private Noise() {
    }

    /** A 64-bit hash of a seed and coordinates (SplitMix64 rounds). */
    public static long hash(long seed, long a, long b) {
        long z = seed * 0x9E3779B97F4A7C15L + a * 0xC2B2AE3D27D4EB4FL + b * 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A double in [0, 1) from a hash. */
    public static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }

    /** Smooth value noise in [-1, 1] at a point: bilinear over hashed lattice values, smoothstepped. */
    public static double value(long seed, double x, double y) {
        long x0 = (long) Math.floor(x);
        long y0 = (long) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double sx = fx * fx * (3 - 2 * fx);
        double sy = fy * fy * (3 - 2 * fy);
        double a = corner(seed, x0, y0);
        double b = corner(seed, x0 + 1, y0);
        double c = corner(seed, x0, y0 + 1);
        double d = corner(seed, x0 + 1, y0 + 1);
        double top = a + (b - a) * sx;
        double bottom = c + (d - c) * sx;
        return top + (bottom - top) * sy;
    }

    private static double corner(long seed, long x, long y) {
        return unit(hash(seed, x, y)) * 2 - 1;
    }

    /**
     * Fractal noise: {@code octaves} layers of {@link #value}, each {@code lacunarity} times finer and
     * {@code persistence} times weaker, normalised to [-1, 1].
     */
    public static double fbm(long seed, double x, double y, int octaves, double persistence, double lacunarity) {
        double sum = 0;
        double amplitude = 1;
        double frequency = 1;
        double norm = 0;
        for (int o = 0; o < octaves; o++) {
            sum += amplitude * value(seed + o * 1013L, x * frequency, y * frequency);
            norm += amplitude;
            amplitude *= persistence;
            frequency *= lacunarity;
        }
        return sum / norm;
    }
}
