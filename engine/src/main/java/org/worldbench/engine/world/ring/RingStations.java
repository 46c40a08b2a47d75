package org.worldbench.engine.world.ring;

/**
 * Where the ring flares (seed 001): an elevator hub every 24,000 km (11 around the ring, 25 km
 * wide), a regional hub every 6,000 km between them (16 km), a local station every 1,000 km
 * between those (5 km). The floor is 400 m wide elsewhere and widens smoothly (a cosine ramp) over
 * a few kilometres on each side of a station. Positions are along one floor, in metres, modulo the
 * ring's circumference, so the width is continuous across the seam.
 */
public final class RingStations {

    /** Circumference of a floor in metres. */
    public static final double CIRCUMFERENCE = 264_000_000.0;
    /** Standard floor width. */
    public static final double BASE_WIDTH = 400;

    /** A station kind: spacing in km, peak width and ramp half-length in metres. */
    public enum Kind {
        ELEVATOR_HUB(24_000, 25_000, 12_000), REGIONAL_HUB(6_000, 16_000, 8_000), LOCAL_STATION(1_000, 5_000, 2_500);

        final long spacingKm;
        final double width;
        final double ramp;

        Kind(long spacingKm, double width, double ramp) {
            this.spacingKm = spacingKm;
            this.width = width;
            this.ramp = ramp;
        }

        /** Width at the station's centre. */
        public double width() {
            return width;
        }

        /** JSON name. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private RingStations() {
    }

    /** The station centred in the chunk of this index, if any (the most important kind wins). */
    public static Kind stationAt(long index) {
        for (Kind k : Kind.values()) {
            if (Math.floorMod(index, k.spacingKm) == 0) {
                return k;
            }
        }
        return null;
    }

    /** Floor width at a ring position (metres, any real; wrapped). */
    public static double width(double position) {
        double p = position % CIRCUMFERENCE;
        if (p < 0) {
            p += CIRCUMFERENCE;
        }
        double best = BASE_WIDTH;
        for (Kind k : Kind.values()) {
            double spacing = k.spacingKm * 1000.0;
            // The station centres are at the middle of chunk index n*spacing: n*spacing + 500 m.
            double offset = (p - 500) % spacing;
            if (offset < 0) {
                offset += spacing;
            }
            double distance = Math.min(offset, spacing - offset);
            if (distance < k.ramp) {
                double t = distance / k.ramp;
                double w = BASE_WIDTH + (k.width - BASE_WIDTH) * 0.5 * (1 + StrictMath.cos(StrictMath.PI * t));
                best = Math.max(best, w);
            }
        }
        return best;
    }
}
