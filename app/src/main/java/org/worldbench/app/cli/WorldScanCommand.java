package org.worldbench.app.cli;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.worldbench.engine.io.AtomicFiles;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.ChunkGenerator;
import org.worldbench.engine.world.ChunkId;
import org.worldbench.engine.world.Topology;
import org.worldbench.engine.world.WorldDefinition;
import org.worldbench.engine.world.codec.ChunkCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code world-scan}: makes every chunk of a ring floor (or a range of a strip or a square of a
 * plane) and prints the count, sizes and time; {@code --png} draws a map of them.
 */
@Command(name = "world-scan", mixinStandardHelpOptions = true,
        description = "Make every chunk of a ring floor (or a range) and print count, sizes and time.")
public final class WorldScanCommand implements Callable<Integer> {

    @Mixin
    WorldOptions world;

    @Option(names = "--floor", defaultValue = "0", paramLabel = "F", description = "Ring floor (default 0).")
    int floor;

    @Option(names = "--range", paramLabel = "A..B", description = "Strip keys or plane x and y range (default -64..63).")
    String range;

    @Option(names = "--lod", defaultValue = "3", paramLabel = "L", description = "Level of detail (default 3).")
    int lod;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Worker threads (default 2).")
    int threads;

    @Option(names = "--encode", description = "Also encode every chunk as CHNK and report sizes.")
    boolean encode;

    @Option(names = "--png", paramLabel = "FILE", description = "Write a map of the scanned chunks.")
    Path png;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        WorldDefinition def = world.definition();
        long seed = world.seedValue();
        if (lod < 0 || lod > 3) {
            throw new InputException("command line", "--lod", "must be 0..3, was " + lod);
        }
        if (threads < 1 || threads > 64) {
            throw new InputException("command line", "--threads", "must be 1..64, was " + threads);
        }
        if (def.topology() == Topology.RING && (floor < 0 || floor >= def.floors())) {
            throw new InputException("command line", "--floor", "must be 0.." + (def.floors() - 1) + ", was " + floor);
        }
        long first = -64;
        long last = 63;
        if (range != null) {
            SeedRangeLike r = SeedRangeLike.parse(range);
            first = r.first;
            last = r.last;
        }
        long side = last - first + 1;
        long count = switch (def.topology()) {
            case RING -> ChunkId.RING_CHUNKS;
            case STRIP -> side;
            case PLANE -> side * side;
        };
        if (count > 50_000_000L) {
            throw new InputException("command line", "--range", "too many chunks: " + count);
        }
        ChunkGenerator generator = new ChunkGenerator(def);
        AtomicLong vertices = new AtomicLong();
        AtomicLong faces = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        int[] heat = new int[(int) Math.min(count, 264_000)];
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "worldbench-scan-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        long f0 = first;
        long started = System.nanoTime();
        try {
            Future<?>[] jobs = new Future<?>[threads];
            for (int w = 0; w < threads; w++) {
                int worker = w;
                jobs[w] = pool.submit(() -> {
                    for (long i = worker; i < count; i += threads) {
                        ChunkId id = switch (def.topology()) {
                            case RING -> new ChunkId.Ring(floor, (int) i);
                            case STRIP -> new ChunkId.Strip(f0 + i);
                            case PLANE -> new ChunkId.Plane(f0 + i % side, f0 + i / side);
                        };
                        Chunk c = generator.generate(seed, id, lod);
                        vertices.addAndGet(c.geometry().vertexCount());
                        faces.addAndGet(c.geometry().faceCount());
                        if (encode) {
                            bytes.addAndGet(ChunkCodec.encode(c, 1).length);
                        }
                        if (i < heat.length) {
                            heat[(int) i] = c.structures().size();
                        }
                    }
                });
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        spec.commandLine().getOut().printf(Locale.ROOT, "%s scan, lod %d: %d chunks, %d vertices, %d faces%s in %d ms on %d threads%n",
                def.topology().jsonName(), lod, count, vertices.get(), faces.get(),
                encode ? ", " + bytes.get() + " CHNK bytes" : "", millis, threads);
        if (png != null) {
            AtomicFiles.write(png, picture(heat, def.topology() == Topology.PLANE ? (int) side : 0));
        }
        return WorldBenchCli.OK;
    }

    private static byte[] picture(int[] heat, int side) throws java.io.IOException {
        int width = side > 0 ? side : 1200;
        int rows = side > 0 ? side : (heat.length + width - 1) / width;
        BufferedImage image = new BufferedImage(width, Math.max(1, rows), BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < heat.length; i++) {
            int v = Math.min(255, 40 + heat[i] * 18);
            image.setRGB(i % width, i / width, (v / 3) << 16 | v << 8 | v);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A coordinate range {@code A..B}, negative values allowed. */
    private record SeedRangeLike(long first, long last) {
        static SeedRangeLike parse(String text) throws InputException {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?\\d{1,12})\\.\\.(-?\\d{1,12})").matcher(text.strip());
            if (!m.matches() || Long.parseLong(m.group(2)) < Long.parseLong(m.group(1))) {
                throw new InputException("command line", "--range " + text, "expected A..B with A <= B, e.g. -64..63");
            }
            return new SeedRangeLike(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        }
    }
}
