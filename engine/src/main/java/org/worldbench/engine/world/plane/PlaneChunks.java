package org.worldbench.engine.world.plane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.ChunkId;
import org.worldbench.engine.world.Lod;
import org.worldbench.engine.world.MeshBuilder;
import org.worldbench.engine.world.Noise;
import org.worldbench.engine.world.Structure;
import org.worldbench.engine.world.WorldDefinition;

/**
 * Plane chunks (seed 000): terrain from the district's noise profile, the district's streets, city
 * blocks between the streets, buildings in the blocks, and a landmark at the heart of each district.
 * Everything is a function of global coordinates, so neighbouring chunks agree on their borders.
 *
 * <p>LOD: 0 a 16×16 terrain grid and every building with its footprint shape (L-shapes as two
 * boxes, cylinders as prisms); 1 an 8×8 grid and boxes; 2 a 4×4 grid and important buildings
 * only; 3 one quad and landmarks only.
 */
public final class PlaneChunks {

    private static final int[] TERRAIN = {16, 8, 4, 1};

    private PlaneChunks() {
    }

    /** Generates a plane chunk. */
    public static Chunk generate(WorldDefinition world, long seed, ChunkId.Plane id, int lod) {
        Lod.check(lod);
        double size = world.chunkSize();
        double districtSize = size * world.districtChunks();
        double x0 = id.x() * size;
        double y0 = id.y() * size;
        District district = District.at(seed, x0 + size / 2, y0 + size / 2, districtSize);
        MeshBuilder mesh = new MeshBuilder();
        int n = TERRAIN[lod];
        int[][] grid = new int[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                double lx = size * i / n;
                double ly = size * j / n;
                grid[i][j] = mesh.vertex(lx, ly, District.height(seed, x0 + lx, y0 + ly, districtSize));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                mesh.quad(grid[i][j], grid[i + 1][j], grid[i + 1][j + 1], grid[i][j + 1]);
            }
        }
        List<Structure> structures = new ArrayList<>();
        int s = 0;
        for (Streets.Street street : Streets.in(district, x0, y0, size)) {
            StringBuilder points = new StringBuilder();
            for (double[] p : street.points()) {
                points.append(points.length() == 0 ? "" : ";").append(fmt(p[0] - x0)).append(',').append(fmt(p[1] - y0));
            }
            structures.add(new Structure("s" + s++, street.kind(), 0, 0, size, size, 0, street.kind().equals("arterial") ? 3 : 1,
                    Map.of("points", points.toString(), "network", district.streetNetwork())));
        }
        // Blocks: the areas the axis-aligned streets enclose, each shrunk by half a street's width
        // on every side; buildings stand on lots inside them, so none stands on a street.
        double mid = size / 2;
        double street = 12;
        double[] cuts = Streets.cuts(district, size);
        int b = 0;
        for (int cx = 0; cx + 1 < cuts.length; cx++) {
            for (int cy = 0; cy + 1 < cuts.length; cy++) {
                double bx = cuts[cx] + street / 2;
                double by = cuts[cy] + street / 2;
                double w = cuts[cx + 1] - cuts[cx] - street;
                double h = cuts[cy + 1] - cuts[cy] - street;
                if (w < 12 || h < 12) {
                    continue;
                }
                structures.add(new Structure("block" + b, "block", bx, by, w, h, 0, 1, Map.of("district", district.jsonName())));
                int lotsX = Math.max(1, (int) (w / 56));
                int lotsY = Math.max(1, (int) (h / 56));
                double lotW = w / lotsX;
                double lotH = h / lotsY;
                for (int i = 0; i < lotsX; i++) {
                    for (int j = 0; j < lotsY; j++) {
                        double lx = bx + i * lotW + 2;
                        double ly = by + j * lotH + 2;
                        if (Noise.unit(Noise.hash(seed ^ 0x107L, (long) (x0 + lx), (long) (y0 + ly))) < district.density) {
                            structures.add(Buildings.building(seed, district, "b" + b + "_" + i + j, x0 + lx, y0 + ly, lx, ly,
                                    Math.min(lotW, lotH) - 4));
                        }
                    }
                }
                b++;
            }
        }
        long dx = Math.floorDiv(id.x(), world.districtChunks());
        long dy = Math.floorDiv(id.y(), world.districtChunks());
        long heart = Math.floorMod(Noise.hash(seed ^ 0x1A4DL, dx, dy), (long) world.districtChunks() * world.districtChunks());
        if (Math.floorMod(id.x(), world.districtChunks()) == heart % world.districtChunks()
                && Math.floorMod(id.y(), world.districtChunks()) == heart / world.districtChunks()) {
            String[] kinds = {"clock_tower", "monument", "cathedral", "broadcast_spire"};
            String kind = kinds[(int) Math.floorMod(Noise.hash(seed, dx, dy), kinds.length)];
            structures.add(new Structure("landmark", kind, mid - 15, mid - 15, 30, 30, 120, 3,
                    Map.of("district", district.jsonName(), "landmark", "true")));
        }
        List<Structure> kept = new ArrayList<>();
        for (Structure st : structures) {
            boolean building = st.height() > 0;
            boolean keep = switch (lod) {
                case 0, 1 -> true;
                case 2 -> !building || st.importance() >= 1;
                default -> st.importance() >= 3;
            };
            if (!keep) {
                continue;
            }
            kept.add(st);
            if (building && lod <= 2) {
                double z = District.height(seed, x0 + st.x(), y0 + st.y(), districtSize);
                String footprint = st.properties().getOrDefault("footprint", "rectangular");
                if (lod == 0 && footprint.equals("cylindrical")) {
                    mesh.prism(st.x() + st.width() / 2, st.y() + st.depth() / 2, z, st.width() / 2, st.height(), 12);
                } else if (lod == 0 && footprint.equals("L_shaped")) {
                    mesh.box(st.x(), st.y(), z, st.width(), st.depth() / 2, st.height());
                    mesh.box(st.x(), st.y() + st.depth() / 2, z, st.width() / 2, st.depth() / 2, st.height());
                } else {
                    mesh.box(st.x(), st.y(), z, st.width(), st.depth(), st.height());
                }
            }
        }
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("version", Integer.toString(Chunk.CONTENT_VERSION));
        meta.put("district", district.jsonName());
        meta.put("streets", district.streetNetwork());
        meta.put("chunkSize", fmt(size));
        return new Chunk(id, lod, seed, mesh.build(), kept, List.of(), new byte[0][], meta);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
