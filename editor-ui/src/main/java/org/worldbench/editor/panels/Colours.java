package org.worldbench.editor.panels;

import java.awt.Color;
import org.worldbench.engine.export.DistrictPicture;
import org.worldbench.engine.layout.DoorType;
import org.worldbench.engine.tiles.TileType;

/** The editor's palette, shared with the engine's pictures so a PNG and a panel agree. */
final class Colours {

    static final Color BACKGROUND = new Color(0x15171C);
    static final Color SELECTION = new Color(0xFFD54A);
    static final Color ANCHOR = new Color(0xF5C518);
    static final Color HERRING = new Color(0xE05252);
    static final Color PATH = new Color(0x4FB3FF);
    /** Ability gates: their labels in the layout graph, their rings and labels on the tile map. */
    static final Color GATE = new Color(0xFF9090);

    private Colours() {
    }

    /** The background as a JavaFX colour (the panes behind the pictures). */
    static javafx.scene.paint.Color backgroundFx() {
        return javafx.scene.paint.Color.rgb(BACKGROUND.getRed(), BACKGROUND.getGreen(), BACKGROUND.getBlue());
    }

    /** A tile's colour as opaque ARGB. */
    static int tileArgb(TileType type) {
        return 0xFF000000 | DistrictPicture.tileRgb(type);
    }

    // Made once each: the paintings ask for them for every room, door and connection of every frame.
    private static final java.util.Map<String, Color> ROOM_TYPES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Color MAIN_DOOR = new Color(0xF0E6D2);
    private static final Color LOCKED_DOOR = new Color(0xFF3B3B);
    private static final Color HIDDEN_DOOR = new Color(0x8A7CFF);
    private static final Color SHORTCUT_DOOR = new Color(0x3BC3FF);

    static Color roomType(String type) {
        return ROOM_TYPES.computeIfAbsent(type, t -> new Color(DistrictPicture.typeColour(t)));
    }

    static Color door(DoorType type) {
        return switch (type) {
            case MAIN -> MAIN_DOOR;
            case LOCKED -> LOCKED_DOOR;
            case HIDDEN -> HIDDEN_DOOR;
            case SHORTCUT -> SHORTCUT_DOOR;
        };
    }
}
