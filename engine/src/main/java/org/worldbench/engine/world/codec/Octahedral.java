package org.worldbench.engine.world.codec;

/**
 * Octahedral normal encoding in two bytes (one signed byte a coordinate): project the unit vector
 * onto the octahedron, fold the lower half over, quantise.
 */
final class Octahedral {

    private Octahedral() {
    }

    static short encode(float x, float y, float z) {
        double sum = Math.abs(x) + Math.abs(y) + Math.abs(z);
        if (sum < 1e-12) {
            return encode(0, 0, 1);
        }
        double u = x / sum;
        double v = y / sum;
        if (z < 0) {
            double ou = u;
            u = (1 - Math.abs(v)) * Math.signum(ou == 0 ? 1 : ou);
            v = (1 - Math.abs(ou)) * Math.signum(v == 0 ? 1 : v);
        }
        int qu = (int) Math.round(Math.max(-1, Math.min(1, u)) * 127);
        int qv = (int) Math.round(Math.max(-1, Math.min(1, v)) * 127);
        return (short) (((qu & 0xFF) << 8) | (qv & 0xFF));
    }

    static float[] decode(short packed) {
        double u = ((byte) (packed >> 8)) / 127.0;
        double v = ((byte) packed) / 127.0;
        double z = 1 - Math.abs(u) - Math.abs(v);
        if (z < 0) {
            double ou = u;
            u = (1 - Math.abs(v)) * Math.signum(ou == 0 ? 1 : ou);
            v = (1 - Math.abs(ou)) * Math.signum(v == 0 ? 1 : v);
        }
        double len = Math.sqrt(u * u + v * v + z * z);
        return new float[] {(float) (u / len), (float) (v / len), (float) (z / len)};
    }
}
