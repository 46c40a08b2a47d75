package org.worldbench.engine.world;

/**
 * Levels of detail (seed 001): 0 full detail, 1 simplified geometry, 2 important structures only,
 * 3 minimal. The level for a chunk follows from the client's default and the chunk's distance.
 */
public final class Lod {

    /** Finest level. */
    public static final int FULL = 0;
    /** Coarsest level. */
    public static final int MINIMAL = 3;

    /** Client types and their default (nearest) level. */
    public enum Client {
        /** The Unreal client: LOD 0 near the player. */
        UNREAL(0),
        /** The light local client: LOD 1. */
        LIGHT(1),
        /** The web client: LOD 2. */
        WEB(2);

        private final int nearest;

        Client(int nearest) {
            this.nearest = nearest;
        }

        /** The level this client uses for the nearest chunks. */
        public int nearest() {
            return nearest;
        }
    }

    private Lod() {
    }

    /**
     * The level for a chunk {@code distance} chunks away (Chebyshev): the client's level within 1
     * chunk, one level coarser for every 2 chunks of distance, never coarser than 3.
     */
    public static int choose(int distance, Client client) {
        if (distance < 0) {
            throw new IllegalArgumentException("distance must not be negative, was " + distance);
        }
        int steps = distance / 2;
        return Math.min(MINIMAL, client.nearest() + steps);
    }

    /** Checks a level. */
    public static int check(int lod) {
        if (lod < FULL || lod > MINIMAL) {
            throw new IllegalArgumentException("LOD must be 0..3, was " + lod);
        }
        return lod;
    }
}
