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

    static Color roomType(String type) {
        return new Color(DistrictPicture.typeColour(type));
    }

    static Color door(DoorType type) {
        return switch (type) {
            case MAIN -> new Color(0xF0E6D2);
            case LOCKED -> new Color(0xFF3B3B);
            case HIDDEN -> new Color(0x8A7CFF);
            case SHORTCUT -> new Color(0x3BC3FF);
        };
    }
}
