package org.worldbench.engine.bsp;

/**
 * Settings of the BSP interior generator.
 *
 * <p>WorldBench uses BSP for the interior of one large district room (about 18×14 to 30×20 tiles),
 * not for whole buildings as seed 003 does, so the defaults are smaller than seed 003's 8/16: they
 * give two to eight sub-rooms in such a room.
 *
 * @param minRoomSize        smallest sub-room side (3..32; default 4)
 * @param maxRoomSize        a container this small on both sides is not split further (≥ min; default 10)
 * @param maxDepth           deepest split (0..12; default 3)
 * @param splitRatioMin      lowest split position as a share of the side (default 0.45; 0.1..0.9 for variety)
 * @param splitRatioMax      highest split position (≥ min; default 0.55)
 * @param corridorWidth      width of corridors between siblings (1..3; default 1)
 * @param lShapedProbability chance an L-shaped corridor turns horizontal-first (0..1; default 0.5)
 */
public record BspConfig(int minRoomSize, int maxRoomSize, int maxDepth, double splitRatioMin, double splitRatioMax,
        int corridorWidth, double lShapedProbability) {

    /** The defaults. */
    public static final BspConfig DEFAULTS = new BspConfig(4, 10, 3, 0.45, 0.55, 1, 0.5);

    public BspConfig {
        if (minRoomSize < 3 || minRoomSize > 32) {
            throw new IllegalArgumentException("minRoomSize must be 3..32, was " + minRoomSize);
        }
        if (maxRoomSize < minRoomSize || maxRoomSize > 64) {
            throw new IllegalArgumentException("maxRoomSize must be minRoomSize..64, was " + maxRoomSize);
        }
        if (maxDepth < 0 || maxDepth > 12) {
            throw new IllegalArgumentException("maxDepth must be 0..12, was " + maxDepth);
        }
        if (!(splitRatioMin >= 0.1 && splitRatioMin <= splitRatioMax && splitRatioMax <= 0.9)) {
            throw new IllegalArgumentException("split ratios must satisfy 0.1 <= min <= max <= 0.9, were "
                    + splitRatioMin + ", " + splitRatioMax);
        }
        if (corridorWidth < 1 || corridorWidth > 3) {
            throw new IllegalArgumentException("corridorWidth must be 1..3, was " + corridorWidth);
        }
        if (!(lShapedProbability >= 0 && lShapedProbability <= 1)) {
            throw new IllegalArgumentException("lShapedProbability must be 0..1, was " + lShapedProbability);
        }
    }
}
