package org.worldbench.engine.geom;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A side of a rectangle, with the unit step that points out of it. */
public enum Side {
    @JsonProperty("north") NORTH(0, -1),
    @JsonProperty("east") EAST(1, 0),
    @JsonProperty("south") SOUTH(0, 1),
    @JsonProperty("west") WEST(-1, 0);

    private final int dx;
    private final int dy;

    Side(int dx, int dy) {
        this.dx = dx;
        this.dy = dy;
    }

    /** Step along x that leaves the rectangle through this side. */
    public int dx() {
        return dx;
    }

    /** Step along y that leaves the rectangle through this side. */
    public int dy() {
        return dy;
    }

    /** The side facing this one. */
    public Side opposite() {
        return values()[(ordinal() + 2) % 4];
    }

    /** The side this one becomes after turning clockwise by {@code quarterTurns} quarter turns. */
    public Side turnedClockwise(int quarterTurns) {
        return values()[Math.floorMod(ordinal() + quarterTurns, 4)];
    }

    /** The lower-case name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
