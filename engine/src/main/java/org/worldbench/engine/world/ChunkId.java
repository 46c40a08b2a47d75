package org.worldbench.engine.world;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of a chunk in one of the three topologies. Parsing refuses malformed and out-of-range ids
 * with a message naming the id and the rule.
 */
public sealed interface ChunkId permits ChunkId.Ring, ChunkId.Strip, ChunkId.Plane {

    /** Chunks around a ring floor. */
    int RING_CHUNKS = 264_000;

    /** The id as written: {@code 3_1200}, {@code -7}, {@code 4_-2}. */
    String text();

    /** The topology it belongs to. */
    Topology topology();

    /** Grid coordinates for neighbourhoods: (index, floor) on a ring, (key, 0) on a strip, (x, y) on a plane. */
    long gx();

    /** See {@link #gx()}. */
    long gy();

    /** A ring chunk: floor and index 0..263,999. */
    record Ring(int floor, int index) implements ChunkId {
        public Ring {
            if (index < 0 || index >= RING_CHUNKS) {
                throw new IllegalArgumentException("ring chunk index must be 0..263999, was " + index);
            }
            if (floor < 0) {
                throw new IllegalArgumentException("ring floor must not be negative, was " + floor);
            }
        }

        @Override
        public String text() {
            return floor + "_" + index;
        }

        @Override
        public Topology topology() {
            return Topology.RING;
        }

        @Override
        public long gx() {
            return index;
        }

        @Override
        public long gy() {
            return floor;
        }

        /** The chunk {@code steps} further along the ring, wrapping at the seam. */
        public Ring plus(long steps) {
            return new Ring(floor, (int) Math.floorMod(index + steps, (long) RING_CHUNKS));
        }
    }

    /** A strip column: key = floor(cell_x / 16). */
    record Strip(long key) implements ChunkId {
        @Override
        public String text() {
            return Long.toString(key);
        }

        @Override
        public Topology topology() {
            return Topology.STRIP;
        }

        @Override
        public long gx() {
            return key;
        }

        @Override
        public long gy() {
            return 0;
        }
    }

    /** A plane chunk at (x, y). */
    record Plane(long x, long y) implements ChunkId {
        @Override
        public String text() {
            return x + "_" + y;
        }

        @Override
        public Topology topology() {
            return Topology.PLANE;
        }

        @Override
        public long gx() {
            return x;
        }

        @Override
        public long gy() {
            return y;
        }
    }

    /** Largest |coordinate| accepted for strip keys and plane coordinates. */
    long MAX_COORDINATE = 1L << 40;

    /**
     * Parses an id of a topology.
     *
     * @param floors number of ring floors (ring ids need {@code floor < floors})
     * @throws IllegalArgumentException naming the id and what is wrong
     */
    static ChunkId parse(Topology topology, String text, int floors) {
        String t = text == null ? "" : text.strip();
        Matcher pair = Pattern.compile("(-?\\d{1,13})_(-?\\d{1,13})").matcher(t);
        switch (topology) {
            case RING -> {
                if (!t.matches("\\d{1,9}_\\d{1,9}")) {
                    throw new IllegalArgumentException("chunk id '" + text + "' is not a ring id {floor}_{index}, e.g. 0_12345");
                }
                String[] parts = t.split("_");
                int floor = Integer.parseInt(parts[0]);
                int index = Integer.parseInt(parts[1]);
                if (floor >= floors) {
                    throw new IllegalArgumentException("chunk id '" + text + "': floor must be 0.." + (floors - 1));
                }
                if (index >= RING_CHUNKS) {
                    throw new IllegalArgumentException("chunk id '" + text + "': index must be 0..263999");
                }
                return new Ring(floor, index);
            }
            case STRIP -> {
                if (!t.matches("-?\\d{1,13}")) {
                    throw new IllegalArgumentException("chunk id '" + text + "' is not a strip key (a whole number, e.g. -3)");
                }
                long key = Long.parseLong(t);
                if (Math.abs(key) > MAX_COORDINATE) {
                    throw new IllegalArgumentException("chunk id '" + text + "': keys must lie within ±" + MAX_COORDINATE);
                }
                return new Strip(key);
            }
            case PLANE -> {
                if (!pair.matches()) {
                    throw new IllegalArgumentException("chunk id '" + text + "' is not a plane id {x}_{y}, e.g. 4_-2");
                }
                long x = Long.parseLong(pair.group(1));
                long y = Long.parseLong(pair.group(2));
                if (Math.abs(x) > MAX_COORDINATE || Math.abs(y) > MAX_COORDINATE) {
                    throw new IllegalArgumentException("chunk id '" + text + "': coordinates must lie within ±" + MAX_COORDINATE);
                }
                return new Plane(x, y);
            }
            default -> throw new AssertionError(topology);
        }
    }

    /** The ids within {@code radius} grid steps (Chebyshev) of this one, nearest first; the ring wraps. */
    default List<ChunkId> neighbourhood(int radius) {
        java.util.List<ChunkId> out = new java.util.ArrayList<>();
        for (int r = 0; r <= radius; r++) {
            for (long dy = -r; dy <= r; dy++) {
                for (long dx = -r; dx <= r; dx++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) != r) {
                        continue;
                    }
                    ChunkId id;
                    if (this instanceof Ring ring) {
                        id = dy == 0 ? ring.plus(dx) : null;
                    } else if (this instanceof Strip strip) {
                        id = dy == 0 ? new Strip(strip.key() + dx) : null;
                    } else {
                        Plane plane = (Plane) this;
                        id = new Plane(plane.x() + dx, plane.y() + dy);
                    }
                    if (id != null && !out.contains(id)) {
                        out.add(id);
                    }
                }
            }
        }
        return out;
    }
}
