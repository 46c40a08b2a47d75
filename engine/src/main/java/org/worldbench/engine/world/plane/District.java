package org.worldbench.engine.world.plane;

import org.worldbench.engine.world.Noise;

/**
 * City district types (seed 000) with their terrain profile, street network, building styles and
 * density. Which district a point lies in depends on its global position only.
 */
public enum District {
    DOWNTOWN(4, 0.5, 2.0, 100, 0, 6, "grid", new String[] {"corporate_tower", "old_downtown"}, 0.85),
    INDUSTRIAL(3, 0.6, 2.5, 150, -5, 4, "sparse", new String[] {"industrial_warehouse"}, 0.6),
    RESIDENTIAL(5, 0.4, 2.0, 80, 5, 5, "organic", new String[] {"residential_complex", "old_downtown"}, 0.7),
    SLUMS(6, 0.7, 3.0, 50, -10, 8, "radial", new String[] {"abandoned_structure", "old_downtown"}, 0.75);

    final int octaves;
    final double persistence;
    final double lacunarity;
    final double scale;
    final double baseHeight;
    final double relief;
    final String streets;
    final String[] styles;
    final double density;

    District(int octaves, double persistence, double lacunarity, double scale, double baseHeight, double relief, String streets,
            String[] styles, double density) {
        this.octaves = octaves;
        this.persistence = persistence;
        this.lacunarity = lacunarity;
        this.scale = scale;
        this.baseHeight = baseHeight;
        this.relief = relief;
        this.streets = streets;
        this.styles = styles;
        this.density = density;
    }

    /** The street network of this district type: grid, organic, radial or sparse. */
    public String streetNetwork() {
        return streets;
    }

    /** JSON name. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The district at a global point, with {@code size} metres a district side. */
    public static District at(long seed, double x, double y, double size) {
        long dx = (long) Math.floor(x / size);
        long dy = (long) Math.floor(y / size);
        return values()[(int) Math.floorMod(Noise.hash(seed ^ 0xD15L, dx, dy), values().length)];
    }

    /** Terrain height at a global point (seed 000's per-district noise profiles). */
    public static double height(long seed, double x, double y, double size) {
        District d = at(seed, x, y, size);
        return d.baseHeight + d.relief * Noise.fbm(seed, x / d.scale, y / d.scale, d.octaves, d.persistence, d.lacunarity);
    }
}
