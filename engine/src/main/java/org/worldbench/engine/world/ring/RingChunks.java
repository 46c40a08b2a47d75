package org.worldbench.engine.world.ring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.ChunkId;
import org.worldbench.engine.world.Lod;
import org.worldbench.engine.world.MeshBuilder;
import org.worldbench.engine.world.Noise;
import org.worldbench.engine.world.Structure;
import org.worldbench.engine.world.WorldDefinition;

/**
 * Ring chunks (seed 001): a floor slab one kilometre long whose width follows the station flares,
 * with a gentle surface relief, a station structure where one stands and procedural buildings on
 * the slab. Geometry is chunk-local (x 0..1000 m along the ring, y across, z up); everything at the
 * chunk's two ends is a function of the ring position alone, so 263,999 meets 0 without a seam.
 */
public final class RingChunks {

    private static final int[] SEGMENTS_X = {32, 16, 4, 1};
    private static final int[] SEGMENTS_Y = {8, 4, 2, 1};

    private RingChunks() {
    }

    /** Generates a ring chunk. */
    public static Chunk generate(WorldDefinition world, long seed, ChunkId.Ring id, int lod) {
        Lod.check(lod);
        double start = id.index() * 1000.0;
        double baseZ = id.floor() * world.floorHeight();
        MeshBuilder mesh = new MeshBuilder();
        int sx = SEGMENTS_X[lod];
        int sy = SEGMENTS_Y[lod];
        int[][] grid = new int[sx + 1][sy + 1];
        for (int i = 0; i <= sx; i++) {
            double local = 1000.0 * i / sx;
            double position = start + local;
            double width = RingStations.width(position);
            for (int j = 0; j <= sy; j++) {
                double y = -width / 2 + width * j / sy;
                grid[i][j] = mesh.vertex(local, y, baseZ + relief(seed, id.floor(), position, y));
            }
        }
        for (int i = 0; i < sx; i++) {
            for (int j = 0; j < sy; j++) {
                mesh.quad(grid[i][j], grid[i + 1][j], grid[i + 1][j + 1], grid[i][j + 1]);
            }
        }
        List<Structure> structures = new ArrayList<>();
        RingStations.Kind station = RingStations.stationAt(id.index());
        if (station != null) {
            double w = Math.min(station.width() * 0.6, 900);
            structures.add(new Structure("station", station.jsonName(), 500 - w / 2, -w / 2, w, w, 60 + station.width() / 200, 3,
                    Map.of("width", Long.toString(Math.round(station.width())))));
        }
        int buildings = (int) (Noise.unit(Noise.hash(seed, id.floor(), id.index())) * 12);
        for (int b = 0; b < buildings; b++) {
            long h = Noise.hash(seed ^ 0x5EEDL, id.index() * 64L + b, id.floor());
            double x = 40 + Noise.unit(h) * 900;
            double half = RingStations.width(start + x) / 2 - 30;
            double y = -half + Noise.unit(h * 31) * (2 * half - 20);
            double size = 10 + Noise.unit(h * 17) * 30;
            double height = 8 + Noise.unit(h * 13) * 120;
            int importance = height > 100 ? 2 : height > 60 ? 1 : 0;
            structures.add(new Structure("b" + b, "ring_building", x, y, size, size, height, importance, Map.of()));
        }
        List<Structure> kept = new ArrayList<>();
        for (Structure s : structures) {
            if (keeps(lod, s.importance())) {
                kept.add(s);
                if (lod <= 2) {
                    mesh.box(s.x(), s.y(), baseZ, s.width(), s.depth(), s.height());
                }
            }
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("version", Integer.toString(Chunk.CONTENT_VERSION));
        meta.put("floor", Integer.toString(id.floor()));
        meta.put("widthStart", format(RingStations.width(start)));
        meta.put("widthEnd", format(RingStations.width(start + 1000)));
        if (station != null) {
            meta.put("station", station.jsonName());
        }
        return new Chunk(id, lod, seed, mesh.build(), kept, List.of(), new byte[0][], meta);
    }

    /** LOD 0 keeps everything, 1 most (not the smallest), 2 important only, 3 major only. */
    static boolean keeps(int lod, int importance) {
        return switch (lod) {
            case 0 -> true;
            case 1 -> importance >= 0;
            case 2 -> importance >= 1;
            default -> importance >= 3;
        };
    }

    /** Gentle relief of the floor surface: a function of ring position and width offset only. */
    private static double relief(long seed, int floor, double position, double y) {
        double p = position % RingStations.CIRCUMFERENCE;
        return 0.5 * Noise.value(seed + floor, p / 250.0, y / 250.0);
    }

    private static String format(double metres) {
        return Long.toString(Math.round(metres));
    }
}
