package org.worldbench.engine.district;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.worldbench.engine.geom.Rect;

/**
 * A per-part seed: re-seeds one room ({@code room:ID}), a subtree of the spanning tree
 * ({@code subtree:ID}), the rooms meeting a rectangle ({@code region:X,Y,W,H}), the case
 * ({@code case}) or a chunk ({@code chunk:ID}). Later overrides win over earlier ones.
 *
 * @param part which part, in the syntax above
 * @param seed the part's new seed (unsigned 32-bit)
 */
@JsonPropertyOrder({"part", "seed"})
public record PartOverride(String part, long seed) {

    /** What an override selects. */
    public sealed interface Target permits RoomTarget, SubtreeTarget, RegionTarget, CaseTarget, ChunkTarget {
    }

    /** One room. */
    public record RoomTarget(String roomId) implements Target {
    }

    /** A room and everything below it in the spanning tree from the start room. */
    public record SubtreeTarget(String roomId) implements Target {
    }

    /** Every room whose footprint meets the rectangle. */
    public record RegionTarget(Rect region) implements Target {
    }

    /** The case. */
    public record CaseTarget() implements Target {
    }

    /** One chunk of the endless world. */
    public record ChunkTarget(String chunkId) implements Target {
    }

    public PartOverride {
        Objects.requireNonNull(part, "part");
        parse(part); // validates
        if (seed < 0 || seed > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("override seed must be between 0 and 4294967295, was " + seed);
        }
    }

    /** The parsed target. */
    public Target target() {
        return parse(part);
    }

    /**
     * Parses a part selector.
     *
     * @throws IllegalArgumentException naming the selector and the expected forms
     */
    public static Target parse(String part) {
        String p = part.strip();
        if (p.equals("case")) {
            return new CaseTarget();
        }
        int colon = p.indexOf(':');
        String kind = colon < 0 ? p : p.substring(0, colon);
        String value = colon < 0 ? "" : p.substring(colon + 1);
        switch (kind) {
            case "room":
                return new RoomTarget(requireId(part, value));
            case "subtree":
                return new SubtreeTarget(requireId(part, value));
            case "chunk":
                return new ChunkTarget(requireId(part, value));
            case "region":
                String[] numbers = value.split(",", -1);
                if (numbers.length == 4) {
                    try {
                        int x = Integer.parseInt(numbers[0].strip());
                        int y = Integer.parseInt(numbers[1].strip());
                        int w = Integer.parseInt(numbers[2].strip());
                        int h = Integer.parseInt(numbers[3].strip());
                        if (x >= 0 && y >= 0 && w > 0 && h > 0) {
                            return new RegionTarget(new Rect(x, y, w, h));
                        }
                    } catch (NumberFormatException e) {
                        // reported below
                    }
                }
                throw new IllegalArgumentException("part '" + part + "': a region is region:X,Y,W,H with X,Y >= 0 and W,H > 0");
            default:
                throw new IllegalArgumentException("part '" + part
                        + "' is not one of room:ID, subtree:ID, region:X,Y,W,H, case, chunk:ID");
        }
    }

    private static String requireId(String part, String id) {
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("part '" + part + "' needs an id of letters, digits, _ or -");
        }
        return id;
    }
}
