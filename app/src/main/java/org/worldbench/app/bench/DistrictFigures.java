package org.worldbench.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.worldbench.engine.bsp.BspConfig;
import org.worldbench.engine.bsp.BspGenerator;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.DistrictGenerator;
import org.worldbench.engine.district.DistrictRequest;
import org.worldbench.engine.district.PartOverride;
import org.worldbench.engine.district.RequestException;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.random.SeededRandom;
import org.worldbench.engine.template.TemplateLibrary;
import squidpony.squidgrid.mapping.DungeonGenerator;
import squidpony.squidmath.GWTRNG;

/**
 * The district engine's figures (issue "The district engine"): Mulberry32 against
 * {@link SplittableRandom}, the layout, BSP interiors, re-seeding one room, the whole district, and
 * SquidLib's {@code DungeonGenerator} at the same 100×80 size as the peer, all in one run.
 */
public final class DistrictFigures {

    private final TemplateLibrary library;
    private final Blackhole hole = new Blackhole();

    public DistrictFigures(TemplateLibrary library) {
        this.library = library;
    }

    /** Measures every figure; {@code quick} cuts the runs for smoke tests. */
    public List<Figure> measure(boolean quick) throws RequestException {
        int runs = quick ? 20 : 400;
        int warm = quick ? 5 : 200;
        List<Figure> out = new ArrayList<>();
        out.addAll(random(quick));

        DistrictGenerator generator = new DistrictGenerator(library);
        long[] seed = {1};
        Sampler.Sample layout = Sampler.measure(warm * 3, runs, () -> {
            try {
                hole.consume(generator.layout(DistrictRequest.of(seed[0]++)));
            } catch (RequestException e) {
                throw new IllegalStateException(e);
            }
        });
        Sampler.Sample full = Sampler.measure(warm, runs, () -> {
            try {
                hole.consume(generator.generate(DistrictRequest.of(seed[0]++)));
            } catch (RequestException e) {
                throw new IllegalStateException(e);
            }
        });
        DungeonGenerator squid = new DungeonGenerator(100, 80, new GWTRNG(42));
        Sampler.Sample peer = Sampler.measure(quick ? 2 : 50, quick ? 5 : 100, () -> hole.consume(squid.generate()));
        out.add(ms("district layout 100x80 (graph, placement, corridors, gates)", layout, "<= 1 ms (seed 003: 50 ms)", ""));
        out.add(ms("district, full (layout + room interiors + tile map)", full, "seed 003: 50 ms",
                String.format(Locale.ROOT, "SquidLib DungeonGenerator 100x80: median %.3f ms; ours is %.1fx %s",
                        peer.medianNanos() / 1e6, ratio(peer.medianNanos(), full.medianNanos()),
                        full.medianNanos() <= peer.medianNanos() ? "faster" : "slower")));

        BspGenerator bsp = new BspGenerator();
        BspConfig config = new BspConfig(4, 10, 3, 0.35, 0.65, 1, 0.5);
        Rect hall = new Rect(1, 1, 20, 14);
        long[] bspSeed = {7};
        Sampler.Sample interior = Sampler.measure(warm * 5, runs * 5,
                () -> hole.consume(bsp.generate(hall, config, new SeededRandom(bspSeed[0]++))));
        out.add(ms("BSP interior of a 20x14 hall", interior, "<= 0.2 ms (seed 003: 15 ms)", ""));

        District base = generator.generate(DistrictRequest.of(42));
        String roomId = base.rooms().stream().filter(r -> !r.pinned()).skip(5).findFirst().orElseThrow().id();
        long[] reseed = {1};
        Sampler.Sample oneRoom = Sampler.measure(warm, runs * 2, () -> {
            try {
                hole.consume(generator.regenerate(base, List.of(new PartOverride("room:" + roomId, reseed[0]++))));
            } catch (RequestException e) {
                throw new IllegalStateException(e);
            }
        });
        out.add(ms("re-seed one room (regenerate selection)", oneRoom, "<= 0.2 ms", ""));
        if (hole.sink() == 42) {
            out.add(new Figure("(sink)", 0, 0, "", "", ""));
        }
        return out;
    }

    private List<Figure> random(boolean quick) {
        int draws = quick ? 200_000 : 20_000_000;
        int rounds = quick ? 3 : 15;
        SeededRandom mulberry = new SeededRandom(42);
        SplittableRandom splittable = new SplittableRandom(42);
        Runnable oursWork = () -> {
            int acc = 0;
            for (int i = 0; i < draws; i++) {
                acc += mulberry.nextInt();
            }
            hole.consume(acc);
        };
        Runnable theirsWork = () -> {
            int acc = 0;
            for (int i = 0; i < draws; i++) {
                acc += splittable.nextInt();
            }
            hole.consume(acc);
        };
        // Alternate the two so that both see the same machine: one round of each, repeated.
        Sampler.measure(3, 0, oursWork);
        Sampler.measure(3, 0, theirsWork);
        long[] oursTimes = new long[rounds];
        long[] theirsTimes = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            oursTimes[r] = (long) Sampler.measure(0, 1, oursWork).medianNanos();
            theirsTimes[r] = (long) Sampler.measure(0, 1, theirsWork).medianNanos();
        }
        Sampler.Sample ours = Sampler.of(oursTimes);
        Sampler.Sample theirs = Sampler.of(theirsTimes);
        double oursPerSecond = draws / (ours.medianNanos() / 1e9) / 1e6;
        double theirsPerSecond = draws / (theirs.medianNanos() / 1e9) / 1e6;
        return List.of(new Figure("Mulberry32 nextInt throughput", oursPerSecond, draws / (ours.p95Nanos() / 1e9) / 1e6,
                "M ops/s", ">= 0.8x SplittableRandom (seed 003: 50 M/s)",
                String.format(Locale.ROOT, "SplittableRandom: %.0f M ops/s; ratio %.2fx", theirsPerSecond,
                        oursPerSecond / theirsPerSecond)));
    }

    private static Figure ms(String name, Sampler.Sample s, String budget, String peer) {
        return new Figure(name, s.medianNanos() / 1e6, s.p95Nanos() / 1e6, "ms", budget, peer);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : Math.max(a, b) / Math.min(a, b);
    }
}
