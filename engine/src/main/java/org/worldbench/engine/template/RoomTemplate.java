package org.worldbench.engine.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.geom.Side;
import org.worldbench.engine.tiles.TileType;

/**
 * A room template (seed 003, component 3): tiles as text rows, doors on its wall ring and
 * interaction points inside. Immutable; validated when built, so a template that exists is sound:
 * rows of equal length, a closed ring of walls and doors, doors on the wall they name and on a door
 * tile, interaction points on walkable tiles (containers on container tiles), unique ids.
 *
 * <p>Tile characters: {@code ' '} empty, {@code .} floor, {@code #} wall, {@code D} door,
 * {@code W} window, {@code F} furniture, {@code C} container.
 */
@JsonPropertyOrder({"id", "type", "interior", "tags", "tiles", "doors", "interactionPoints"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class RoomTemplate {

    /** Smallest template side. */
    public static final int MIN_SIDE = 3;
    /** Largest template side. */
    public static final int MAX_SIDE = 64;

    private final String id;
    private final String type;
    private final Interior interior;
    private final List<String> tags;
    private final List<String> tiles;
    private final List<TemplateDoor> doors;
    private final List<InteractionPoint> interactionPoints;
    private final int width;
    private final int height;
    private final byte[] codes;

    /** Builds and validates a template; every problem is an {@link IllegalArgumentException}. */
    @JsonCreator
    public RoomTemplate(@JsonProperty("id") String id, @JsonProperty("type") String type,
            @JsonProperty("interior") Interior interior, @JsonProperty("tags") List<String> tags,
            @JsonProperty("tiles") List<String> tiles, @JsonProperty("doors") List<TemplateDoor> doors,
            @JsonProperty("interactionPoints") List<InteractionPoint> interactionPoints) {
        if (id == null || !id.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("template id '" + id + "' must be lower_snake_case (a-z, 0-9, _)");
        }
        if (type == null || !type.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("template type '" + type + "' must be lower_snake_case");
        }
        if (tiles == null || tiles.isEmpty()) {
            throw new IllegalArgumentException("template '" + id + "' needs tiles");
        }
        this.id = id;
        this.type = type;
        this.interior = interior == null ? Interior.FIXED : interior;
        this.tags = tags == null ? List.of() : List.copyOf(tags);
        this.tiles = List.copyOf(tiles);
        this.doors = doors == null ? List.of() : List.copyOf(doors);
        this.interactionPoints = interactionPoints == null ? List.of() : List.copyOf(interactionPoints);
        this.height = this.tiles.size();
        this.width = this.tiles.get(0).length();
        if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("template '" + id + "' is " + width + "x" + height + "; sides must be "
                    + MIN_SIDE + ".." + MAX_SIDE);
        }
        this.codes = new byte[width * height];
        for (int y = 0; y < height; y++) {
            String row = this.tiles.get(y);
            if (row.length() != width) {
                throw new IllegalArgumentException("tiles row " + y + " has " + row.length() + " tiles, row 0 has " + width);
            }
            for (int x = 0; x < width; x++) {
                char c = row.charAt(x);
                TileType t;
                try {
                    t = TileType.ofGlyph(c);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("tiles row " + y + " column " + x + ": " + e.getMessage());
                }
                if (isRing(x, y) && t != TileType.WALL && t != TileType.DOOR && t != TileType.WINDOW) {
                    throw new IllegalArgumentException("tiles row " + y + " column " + x + ": the outer ring must be wall ('#'), "
                            + "window ('W') or door ('D'), found '" + c + "'");
                }
                codes[y * width + x] = t.code();
            }
        }
        validateDoors();
        validatePoints();
    }

    private void validateDoors() {
        if (doors.isEmpty()) {
            throw new IllegalArgumentException("template '" + id + "' needs at least one door");
        }
        Set<String> ids = new HashSet<>();
        for (TemplateDoor d : doors) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("door id '" + d.id() + "' is used twice");
            }
            boolean onWall = switch (d.side()) {
                case NORTH -> d.y() == 0 && d.x() > 0 && d.x() < width - 1;
                case SOUTH -> d.y() == height - 1 && d.x() > 0 && d.x() < width - 1;
                case WEST -> d.x() == 0 && d.y() > 0 && d.y() < height - 1;
                case EAST -> d.x() == width - 1 && d.y() > 0 && d.y() < height - 1;
            };
            if (!onWall) {
                throw new IllegalArgumentException("door '" + d.id() + "' at " + d.x() + "," + d.y() + " is not on the "
                        + d.side().jsonName() + " wall (corners excluded) of a " + width + "x" + height + " template");
            }
            if (codeAt(d.x(), d.y()) != TileType.DOOR.code()) {
                throw new IllegalArgumentException("door '" + d.id() + "' at " + d.x() + "," + d.y() + " is not on a 'D' tile");
            }
        }
    }

    private void validatePoints() {
        Set<String> ids = new HashSet<>();
        for (InteractionPoint p : interactionPoints) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("interaction point id '" + p.id() + "' is used twice");
            }
            if (p.x() <= 0 || p.y() <= 0 || p.x() >= width - 1 || p.y() >= height - 1) {
                throw new IllegalArgumentException("interaction point '" + p.id() + "' at " + p.x() + "," + p.y()
                        + " is not inside the wall ring");
            }
            TileType t = TileType.ofCode(codeAt(p.x(), p.y()));
            boolean ok = p.kind() == InteractionKind.CONTAINER ? t == TileType.CONTAINER || t.walkable() : t.walkable();
            if (!ok) {
                throw new IllegalArgumentException("interaction point '" + p.id() + "' at " + p.x() + "," + p.y()
                        + " stands on " + t.name().toLowerCase(java.util.Locale.ROOT) + ", not a walkable tile");
            }
        }
    }

    private boolean isRing(int x, int y) {
        return x == 0 || y == 0 || x == width - 1 || y == height - 1;
    }

    @JsonProperty
    public String id() {
        return id;
    }

    @JsonProperty
    public String type() {
        return type;
    }

    @JsonProperty
    public Interior interior() {
        return interior;
    }

    @JsonProperty
    public List<String> tags() {
        return tags;
    }

    @JsonProperty
    public List<String> tiles() {
        return tiles;
    }

    @JsonProperty
    public List<TemplateDoor> doors() {
        return doors;
    }

    @JsonProperty
    public List<InteractionPoint> interactionPoints() {
        return interactionPoints;
    }

    /** Width in tiles. */
    public int width() {
        return width;
    }

    /** Height in tiles. */
    public int height() {
        return height;
    }

    /** True when the interior is made by BSP when placed. */
    public boolean bspInterior() {
        return interior == Interior.BSP;
    }

    /** The tile code at a template tile. */
    public int codeAt(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("tile " + x + "," + y + " is off the " + width + "x" + height + " template");
        }
        return codes[y * width + x];
    }

    /**
     * This template turned clockwise: tiles, doors (positions and sides) and interaction points.
     * {@code rotated(R0)} is this template itself.
     */
    public RoomTemplate rotated(Rotation rotation) {
        if (rotation == Rotation.R0) {
            return this;
        }
        int w2 = rotation.rotatedWidth(width, height);
        int h2 = rotation.rotatedHeight(width, height);
        char[][] grid = new char[h2][w2];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                Point p = rotation.turn(x, y, width, height);
                grid[p.y()][p.x()] = tiles.get(y).charAt(x);
            }
        }
        List<String> rows = new ArrayList<>(h2);
        for (char[] row : grid) {
            rows.add(new String(row));
        }
        List<TemplateDoor> turnedDoors = new ArrayList<>();
        for (TemplateDoor d : doors) {
            Point p = rotation.turn(d.x(), d.y(), width, height);
            Side side = d.side().turnedClockwise(rotation.quarterTurns());
            turnedDoors.add(new TemplateDoor(d.id(), p.x(), p.y(), side, d.type(), d.keyRequired()));
        }
        List<InteractionPoint> turnedPoints = new ArrayList<>();
        for (InteractionPoint ip : interactionPoints) {
            Point p = rotation.turn(ip.x(), ip.y(), width, height);
            turnedPoints.add(new InteractionPoint(ip.id(), p.x(), p.y(), ip.kind()));
        }
        return new RoomTemplate(id, type, interior, tags, rows, turnedDoors, turnedPoints);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoomTemplate t && id.equals(t.id) && type.equals(t.type) && interior == t.interior
                && tags.equals(t.tags) && tiles.equals(t.tiles) && doors.equals(t.doors)
                && interactionPoints.equals(t.interactionPoints);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, tiles, doors);
    }

    @Override
    public String toString() {
        return "RoomTemplate " + id + " (" + type + ", " + width + "x" + height + ")";
    }
}
