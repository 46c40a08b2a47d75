package org.worldbench.engine.district;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Every number of the district generator, as the project file's {@code district} section holds them.
 * Fields left out of the file take the defaults of {@link #DEFAULTS}; values out of range are refused
 * with a message naming the field.
 *
 * @param width                 map width in tiles (16..1024, default 100)
 * @param height                map height in tiles (16..1024, default 80)
 * @param minRooms              fewest rooms, anchors included (1.., default 30)
 * @param maxRooms              most rooms (≥ minRooms, default 50)
 * @param slotWidth             width of a placement slot (8..64, default 11); rooms sit in slots, corridors run between
 * @param slotHeight            height of a placement slot (8..64, default 11)
 * @param largeRoomProbability  chance that a room spans two or four slots (0..1, default 0.15)
 * @param shortcutProbability   chance that each extra adjacency becomes a shortcut (0..1, default 0.3)
 * @param hiddenShare           share of shortcuts that are hidden doors (0..1, default 0.3)
 * @param minLoops              fewest loops in the layout graph (0..10, default 1)
 * @param gatedDoors            ability-gated doors to place (0..abilities, default 3)
 * @param abilities             abilities that gate doors, in the order they are handed out
 * @param anchorBuffer          free tiles kept around each narrative anchor (0..8, default 2)
 * @param bspMinRoomSize        smallest BSP sub-room side inside large rooms (3.., default 4)
 * @param bspMaxRoomSize        largest BSP sub-room side (≥ min, default 10)
 * @param bspMaxDepth           deepest BSP split (0..12, default 3)
 */
@JsonPropertyOrder({"width", "height", "minRooms", "maxRooms", "slotWidth", "slotHeight", "largeRoomProbability",
    "shortcutProbability", "hiddenShare", "minLoops", "gatedDoors", "abilities", "anchorBuffer", "bspMinRoomSize",
    "bspMaxRoomSize", "bspMaxDepth"})
public record DistrictConfig(Integer width, Integer height, Integer minRooms, Integer maxRooms, Integer slotWidth,
        Integer slotHeight, Double largeRoomProbability, Double shortcutProbability, Double hiddenShare,
        Integer minLoops, Integer gatedDoors, List<String> abilities, Integer anchorBuffer, Integer bspMinRoomSize,
        Integer bspMaxRoomSize, Integer bspMaxDepth) {

    /** The defaults: a 100×80 district of 30–50 rooms. */
    public static final DistrictConfig DEFAULTS = new DistrictConfig(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    public DistrictConfig {
        width = orDefault(width, 100);
        height = orDefault(height, 80);
        minRooms = orDefault(minRooms, 30);
        maxRooms = orDefault(maxRooms, 50);
        slotWidth = orDefault(slotWidth, 11);
        slotHeight = orDefault(slotHeight, 11);
        largeRoomProbability = orDefault(largeRoomProbability, 0.15);
        shortcutProbability = orDefault(shortcutProbability, 0.3);
        hiddenShare = orDefault(hiddenShare, 0.3);
        minLoops = orDefault(minLoops, 1);
        gatedDoors = orDefault(gatedDoors, 3);
        abilities = abilities == null ? List.of("lockpick", "hack", "crowbar", "keycard", "grapple") : List.copyOf(abilities);
        anchorBuffer = orDefault(anchorBuffer, 2);
        bspMinRoomSize = orDefault(bspMinRoomSize, 4);
        bspMaxRoomSize = orDefault(bspMaxRoomSize, 10);
        bspMaxDepth = orDefault(bspMaxDepth, 3);

        range("width", width, 16, 1024);
        range("height", height, 16, 1024);
        range("slotWidth", slotWidth, 8, 64);
        range("slotHeight", slotHeight, 8, 64);
        range("minRooms", minRooms, 1, 1000);
        range("maxRooms", maxRooms, minRooms, 1000);
        probability("largeRoomProbability", largeRoomProbability);
        probability("shortcutProbability", shortcutProbability);
        probability("hiddenShare", hiddenShare);
        range("minLoops", minLoops, 0, 10);
        range("anchorBuffer", anchorBuffer, 0, 8);
        range("bspMinRoomSize", bspMinRoomSize, 3, 32);
        range("bspMaxRoomSize", bspMaxRoomSize, bspMinRoomSize, 64);
        range("bspMaxDepth", bspMaxDepth, 0, 12);
        for (String ability : abilities) {
            if (ability == null || !ability.matches("[a-z][a-z0-9_-]{0,31}")) {
                throw new IllegalArgumentException("abilities: '" + ability + "' is not a lower-case ability name");
            }
        }
        if (abilities.stream().distinct().count() != abilities.size()) {
            throw new IllegalArgumentException("abilities: names must be unique");
        }
        range("gatedDoors", gatedDoors, 0, abilities.size());
        int slots = (width / slotWidth) * (height / slotHeight);
        if (slots < minRooms) {
            throw new IllegalArgumentException("minRooms " + minRooms + " cannot fit: a " + width + "x" + height
                    + " map holds only " + slots + " slots of " + slotWidth + "x" + slotHeight);
        }
    }

    /** Columns of placement slots. */
    public int slotColumns() {
        return width / slotWidth;
    }

    /** Rows of placement slots. */
    public int slotRows() {
        return height / slotHeight;
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static void range(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    private static void probability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability between 0 and 1, was " + value);
        }
    }
}
