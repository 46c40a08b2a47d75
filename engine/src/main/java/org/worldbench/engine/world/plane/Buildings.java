package org.worldbench.engine.world.plane;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worldbench.engine.world.Noise;
import org.worldbench.engine.world.Structure;

/**
 * Buildings in seed 000's five styles: floors, footprint shape, materials, features and anomalies
 * drawn by rarity, all from a hash of the building's global position.
 */
final class Buildings {

    private record Style(String name, int minFloors, int maxFloors, List<String> materials, List<String> features,
            List<String> footprints) {
    }

    private static final Map<String, Style> STYLES = Map.of(
            "corporate_tower", new Style("corporate_tower", 20, 60, List.of("glass", "steel", "concrete"),
                    List.of("corner_offices", "helipad", "plaza", "underground_parking"),
                    List.of("rectangular", "L_shaped", "cylindrical", "triangular")),
            "industrial_warehouse", new Style("industrial_warehouse", 1, 4, List.of("brick", "corrugated_metal", "concrete"),
                    List.of("loading_docks", "skylights", "freight_elevator", "catwalks"), List.of("rectangular", "square", "irregular")),
            "residential_complex", new Style("residential_complex", 5, 15, List.of("brick", "stucco", "vinyl_siding"),
                    List.of("balconies", "courtyard", "playground", "parking_lot"), List.of("rectangular", "U_shaped", "courtyard", "tower")),
            "old_downtown", new Style("old_downtown", 3, 8, List.of("brownstone", "brick", "limestone"),
                    List.of("fire_escapes", "cornices", "storefronts", "basement"), List.of("rectangular", "narrow", "corner_lot")),
            "abandoned_structure", new Style("abandoned_structure", 2, 12, List.of("deteriorated_concrete", "rusted_metal", "broken_glass"),
                    List.of("broken_windows", "graffiti", "debris", "squatter_camps"), List.of("rectangular", "L_shaped", "irregular")));

    private static final String[] ANOMALIES = {"deja_vu", "texture_glitch", "impossible_geometry", "code_visibility", "temporal_echo"};
    private static final double[] RARITY = {0.05, 0.1, 0.02, 0.08, 0.03};

    private Buildings() {
    }

    /** A building in a block, from the hash of its global corner. */
    static Structure building(long seed, District district, String id, double gx, double gy, double localX, double localY,
            double maxSize) {
        long h = Noise.hash(seed ^ 0xB11DL, (long) Math.floor(gx), (long) Math.floor(gy));
        Style style = STYLES.get(district.styles[(int) Math.floorMod(h, district.styles.length)]);
        int floors = style.minFloors + (int) Math.floorMod(h >>> 8, style.maxFloors - style.minFloors + 1);
        String footprint = style.footprints.get((int) Math.floorMod(h >>> 16, style.footprints.size()));
        double size = Math.max(Math.min(8, maxSize), maxSize * (0.6 + 0.4 * Noise.unit(h * 7)));
        double depth = footprint.equals("narrow") ? size * 0.5 : size;
        Map<String, String> p = new LinkedHashMap<>();
        p.put("style", style.name);
        p.put("floors", Integer.toString(floors));
        p.put("footprint", footprint);
        p.put("material", style.materials.get((int) Math.floorMod(h >>> 24, style.materials.size())));
        p.put("features", style.features.get((int) Math.floorMod(h >>> 32, style.features.size())) + ","
                + style.features.get((int) Math.floorMod(h >>> 40, style.features.size())));
        StringBuilder anomalies = new StringBuilder();
        for (int a = 0; a < ANOMALIES.length; a++) {
            if (Noise.unit(Noise.hash(h, a, 0xA)) < RARITY[a]) {
                anomalies.append(anomalies.length() == 0 ? "" : ",").append(ANOMALIES[a]);
            }
        }
        if (anomalies.length() > 0) {
            p.put("anomalies", anomalies.toString());
        }
        double height = floors * 3.5;
        int importance = height > 100 ? 2 : height > 30 ? 1 : 0;
        return new Structure(id, style.name, localX, localY, size, depth, height, importance, p);
    }
}
