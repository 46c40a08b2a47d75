package org.worldbench.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.ChunkGenerator;
import org.worldbench.engine.world.ChunkId;
import org.worldbench.engine.world.ChunkJson;
import org.worldbench.engine.world.Noise;
import org.worldbench.engine.world.Topology;
import org.worldbench.engine.world.WorldDefinition;
import org.worldbench.engine.world.codec.ChunkCodec;
import squidpony.squidmath.FastNoise;

/**
 * The endless world's figures (issue "The endless world"): a LOD 0 city chunk, a LOD 3 chunk, a
 * whole ring floor at LOD 3 on two threads, CHNK encode plus decode, encoded sizes, the decode
 * error against the quantization step, and our noise against SquidLib's FastNoise on the same
 * samples.
 */
public final class WorldFigures {

    private final Blackhole hole = new Blackhole();

    /** Measures every figure; {@code quick} cuts the runs and skips the full floor. */
    public List<Figure> measure(boolean quick) throws InputException, Exception {
        int runs = quick ? 20 : 400;
        int warm = quick ? 5 : 200;
        List<Figure> out = new ArrayList<>();
        ChunkGenerator plane = new ChunkGenerator(WorldDefinition.of(Topology.PLANE));
        ChunkGenerator ring = new ChunkGenerator(WorldDefinition.of(Topology.RING));
        long[] k = {0};
        Sampler.Sample city = Sampler.measure(warm, runs, () -> hole.consume(plane.generate(1, new ChunkId.Plane(k[0]++ % 64, 3), 0)));
        out.add(ms("LOD 0 city chunk", city, "<= 1 ms"));
        Sampler.Sample minimal = Sampler.measure(warm * 5, runs * 5, () -> hole.consume(ring.generate(1, new ChunkId.Ring(0, (int) (k[0]++ % 264_000)), 3)));
        out.add(new Figure("LOD 3 ring chunk", minimal.medianNanos() / 1e3, minimal.p95Nanos() / 1e3, "µs", "<= 20 µs", ""));

        if (!quick) {
            long[] floorTimes = new long[3];
            for (int r = 0; r < floorTimes.length; r++) {
                long t0 = System.nanoTime();
                scanFloor(ring, 2);
                floorTimes[r] = System.nanoTime() - t0;
            }
            Sampler.Sample floor = Sampler.of(floorTimes);
            out.add(new Figure("whole ring floor (264,000 chunks) at LOD 3, 2 threads", floor.medianNanos() / 1e9, floor.p95Nanos() / 1e9,
                    "s", "<= 2 s", ""));
        }

        Chunk cityChunk = plane.generate(1, new ChunkId.Plane(5, 5), 0);
        // The codec's loops (varints, gzip streams) reach their compiled steady state only after
        // about a thousand round trips: after 200 the figure was the interpreter's and C1's, two
        // to four times the steady state, and moved with whatever the JIT was still busy with.
        Sampler.Sample codec = Sampler.measure(quick ? warm : 2_000, runs, () -> {
            try {
                hole.consume(ChunkCodec.decode(ChunkCodec.encode(cityChunk, 1), "bench"));
            } catch (InputException e) {
                throw new IllegalStateException(e);
            }
        });
        out.add(ms("CHNK encode + decode of a LOD 0 city chunk (gzip 1)", codec, "<= 1 ms"));

        Chunk empty = ring.generate(1, new ChunkId.Ring(0, 17), 3);
        int emptyBytes = ChunkCodec.encode(empty, 6).length;
        out.add(new Figure("empty chunk encoded (ring, LOD 3, gzip 6)", emptyBytes, emptyBytes, "bytes", "<= 1024 bytes", ""));
        int json = CanonicalJson.write(ChunkJson.of(cityChunk)).length();
        int chnk = ChunkCodec.encode(cityChunk, 6).length;
        out.add(new Figure("city chunk CHNK size / JSON size", (double) chnk / json, (double) chnk / json, "ratio", "<= 0.333",
                String.format(Locale.ROOT, "%d bytes vs %d", chnk, json)));
        Chunk back = ChunkCodec.decode(ChunkCodec.encode(cityChunk, 6), "bench");
        double worst = 0;
        double[] step = {0.01, 0.001, 0.01};
        for (int v = 0; v < cityChunk.geometry().vertexCount(); v++) {
            for (int a = 0; a < 3; a++) {
                worst = Math.max(worst, Math.abs(cityChunk.geometry().vertex(v, a) - back.geometry().vertex(v, a)) / step[a]);
            }
        }
        out.add(new Figure("worst decoded vertex error, in quantization steps", worst, worst, "steps", "<= 1", ""));

        FastNoise peer = new FastNoise(1337);
        int samples = 100_000;
        Sampler.Sample ours = Sampler.measure(5, quick ? 3 : 30, () -> {
            double acc = 0;
            for (int i = 0; i < samples; i++) {
                acc += Noise.value(7, i * 0.013, i * 0.007);
            }
            hole.consume((long) acc);
        });
        Sampler.Sample theirs = Sampler.measure(5, quick ? 3 : 30, () -> {
            double acc = 0;
            for (int i = 0; i < samples; i++) {
                acc += peer.getValue((float) (i * 0.013), (float) (i * 0.007));
            }
            hole.consume((long) acc);
        });
        out.add(new Figure("value noise, 100k 2-D samples", ours.medianNanos() / 1e6, ours.p95Nanos() / 1e6, "ms", "",
                String.format(Locale.ROOT, "SquidLib FastNoise value noise: %.3f ms; ratio %.2fx", theirs.medianNanos() / 1e6,
                        theirs.medianNanos() / ours.medianNanos())));
        if (hole.sink() == 42) {
            out.add(new Figure("(sink)", 0, 0, "", "", ""));
        }
        return out;
    }

    private void scanFloor(ChunkGenerator ring, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int start = t;
                parts.add(pool.submit(() -> {
                    long acc = 0;
                    for (int i = start; i < ChunkId.RING_CHUNKS; i += threads) {
                        acc += ring.generate(1, new ChunkId.Ring(0, i), 3).geometry().vertexCount();
                    }
                    return acc;
                }));
            }
            for (Future<Long> f : parts) {
                hole.consume(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Figure ms(String name, Sampler.Sample s, String budget) {
        return new Figure(name, s.medianNanos() / 1e6, s.p95Nanos() / 1e6, "ms", budget, "");
    }
}
