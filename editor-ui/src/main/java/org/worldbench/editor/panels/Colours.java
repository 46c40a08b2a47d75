package org.worldbench.editor.panels;

import javafx.scene.paint.Color;
import org.worldbench.engine.export.DistrictPicture;
import org.worldbench.engine.layout.DoorType;
import org.worldbench.engine.tiles.TileType;

/** The editor's palette, shared with the engine's pictures so a PNG and a panel agree. */
final class Colours {

    static final Color BACKGROUND = Color.web("#15171c");
    static final Color SELECTION = Color.web("#ffd54a");
    static final Color ANCHOR = Color.web("#f5c518");
    static final Color HERRING = Color.web("#e05252");
    static final Color PATH = Color.web("#4fb3ff");

    private Colours() {
    }

    static Color tile(TileType type) {
        return rgb(DistrictPicture.tileRgb(type));
    }

    static Color roomType(String type) {
        return rgb(DistrictPicture.typeColour(type));
    }

    static Color door(DoorType type) {
        return switch (type) {
            case MAIN -> Color.web("#f0e6d2");
            case LOCKED -> Color.web("#ff3b3b");
            case HIDDEN -> Color.web("#8a7cff");
            case SHORTCUT -> Color.web("#3bc3ff");
        };
    }

    private static Color rgb(int rgb) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }
}
