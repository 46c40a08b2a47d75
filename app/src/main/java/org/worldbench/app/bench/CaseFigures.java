package org.worldbench.app.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.CaseGenerator;
import org.worldbench.engine.cases.CaseLibrary;
import org.worldbench.engine.checker.CaseChecker;
import org.worldbench.engine.checker.CaseModel;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.DistrictGenerator;
import org.worldbench.engine.district.DistrictRequest;
import org.worldbench.engine.district.RequestException;
import org.worldbench.engine.pipeline.GenerationPipeline;
import org.worldbench.engine.population.Population;
import org.worldbench.engine.population.Populator;
import org.worldbench.engine.project.CaseSettings;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.project.ProjectSeed;
import org.worldbench.engine.task.Monitor;
import org.worldbench.engine.template.TemplateLibrary;

/**
 * The case engine's figures (issue "Cases that are solvable by proof"): case generation, checking a
 * 50-evidence case, population of about 200 entities, the full pipeline, and retained heap after a
 * thousand generations.
 */
public final class CaseFigures {

    private final TemplateLibrary rooms;
    private final CaseLibrary cases;
    private final Blackhole hole = new Blackhole();

    public CaseFigures(TemplateLibrary rooms, CaseLibrary cases) {
        this.rooms = rooms;
        this.cases = cases;
    }

    /** Measures every figure; {@code quick} cuts the runs. */
    public List<Figure> measure(boolean quick) throws RequestException {
        int runs = quick ? 20 : 400;
        int warm = quick ? 5 : 200;
        List<Figure> out = new ArrayList<>();
        DistrictGenerator districts = new DistrictGenerator(rooms);
        List<District> sample = new ArrayList<>();
        // Full districts (45-50 rooms) so the dense population below places about 200 entities.
        var fullDistricts = new org.worldbench.engine.district.DistrictConfig(null, null, 45, 50, null, null, null, null, null, null, null,
                null, null, null, null, null);
        for (long s = 1; s <= 50; s++) {
            sample.add(districts.generate(new DistrictRequest(s, fullDistricts, List.of(), List.of())));
        }
        CaseGenerator generator = new CaseGenerator(cases);
        int[] i = {0};
        CaseSettings medium = new CaseSettings(null, "medium");
        Sampler.Sample caseGen = Sampler.measure(warm, runs, () -> {
            District d = sample.get(i[0]++ % sample.size());
            hole.consume(generator.generate(d, medium, i[0]));
        });
        out.add(new Figure("case generation (medium)", caseGen.medianNanos() / 1e6, caseGen.p95Nanos() / 1e6, "ms",
                "<= 0.5 ms (seed 003: 30 ms)", ""));

        CaseModel shaped = shapedCase();
        Sampler.Sample check = Sampler.measure(warm * 5, runs * 5, () -> hole.consume(CaseChecker.check(shaped)));
        out.add(new Figure("checker, 50 clues shaped like a hard case (4 levels, 10 suspects)", check.medianNanos() / 1e6,
                check.p95Nanos() / 1e6, "ms", "<= 0.1 ms (seed 003: 5 ms)", "spheres, deduction, true minimum path"));
        CaseModel chain = syntheticCase(50);
        Sampler.Sample worst = Sampler.measure(warm * 5, runs * 5, () -> hole.consume(CaseChecker.check(chain)));
        out.add(new Figure("checker, 50 clues in a 38-deep chain (worst case)", worst.medianNanos() / 1e6,
                worst.p95Nanos() / 1e6, "ms", "seed 003: 5 ms", "38 spheres"));

        Populator dense = new Populator(1.0);
        List<CaseFile> caseSample = new ArrayList<>();
        for (District d : sample) {
            caseSample.add(generator.generate(d, medium, d.seed()));
        }
        Population probe = dense.populate(sample.get(0), caseSample.get(0), 1);
        Sampler.Sample population = Sampler.measure(warm, runs, () -> {
            int k = i[0]++ % sample.size();
            hole.consume(dense.populate(sample.get(k), caseSample.get(k), k));
        });
        out.add(new Figure("population (about " + probe.entities().size() + " entities)", population.medianNanos() / 1e6,
                population.p95Nanos() / 1e6, "ms", "<= 0.5 ms for 200 (seed 003: 10 ms to spawn 200)", ""));

        GenerationPipeline pipeline = new GenerationPipeline(rooms, cases);
        Project project = Project.create("bench", ProjectSeed.of(1));
        long[] seed = {1};
        Sampler.Sample full = Sampler.measure(warm, runs, () -> {
            try {
                hole.consume(pipeline.run(project.withSeed(ProjectSeed.of(seed[0]++)), Monitor.NONE));
            } catch (RequestException e) {
                throw new IllegalStateException(e);
            }
        });
        out.add(new Figure("full pipeline (layout, rooms, case, population, validation)", full.medianNanos() / 1e6,
                full.p95Nanos() / 1e6, "ms", "<= 2 ms (seed 003: 115 ms)", ""));

        long before = retainedHeap();
        int generations = quick ? 100 : 1000;
        for (int g = 0; g < generations; g++) {
            hole.consume(pipeline.run(project.withSeed(ProjectSeed.of(100_000 + g)), Monitor.NONE));
        }
        long after = retainedHeap();
        double mb = (after - before) / (1024.0 * 1024.0);
        out.add(new Figure("retained heap growth after " + generations + " generations", mb, mb, "MB",
                "<= 1 MB (seed 003: 5 MB per 10)", String.format(Locale.ROOT, "before %.1f MB, after %.1f MB",
                        before / 1048576.0, after / 1048576.0)));
        if (hole.sink() == 42) {
            out.add(new Figure("(sink)", 0, 0, "", "", ""));
        }
        return out;
    }

    private static long retainedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Fifty clues the way the generator builds a hard case, only bigger: four levels joined by
     * leads, the solution tokens spread over them, each corroborated once, and herrings against
     * innocents, in three rooms behind two gates.
     */
    static CaseModel shapedCase() {
        Set<String> rooms = new LinkedHashSet<>(List.of("a", "b", "c"));
        List<CaseModel.Gate> gates = List.of(new CaseModel.Gate("g1", "a", "b", "lockpick"), new CaseModel.Gate("g2", "b", "c", "hack"));
        Map<String, Set<String>> pickups = new LinkedHashMap<>();
        pickups.put("lockpick", Set.of("a"));
        pickups.put("hack", Set.of("b"));
        Map<String, CaseModel.Token> tokens = new LinkedHashMap<>();
        List<String> suspects = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            suspects.add("s" + s);
        }
        List<String> solution = new ArrayList<>();
        for (String kind : List.of("motive", "means", "opportunity")) {
            tokens.put(kind, new CaseModel.Token(kind, kind, "s0"));
            solution.add(kind);
        }
        for (int s = 1; s < 10; s++) {
            tokens.put("alibi" + s, new CaseModel.Token("alibi" + s, "alibi", "s" + s));
            solution.add("alibi" + s);
        }
        for (int l = 0; l < 3; l++) {
            tokens.put("lead" + l, new CaseModel.Token("lead" + l, "lead", null));
        }
        List<CaseModel.Clue> clues = new ArrayList<>();
        for (int k = 0; k < solution.size(); k++) {
            int level = k % 4;
            Set<String> reveals = new LinkedHashSet<>(List.of(solution.get(k)));
            if (k < 3) {
                reveals.add("lead" + k);
            }
            Set<String> requires = level == 0 ? Set.of() : Set.of("lead" + (level - 1));
            String room = List.of("a", "b", "c").get(level % 3);
            clues.add(new CaseModel.Clue("e" + k, room, reveals, requires, null, false));
            clues.add(new CaseModel.Clue("x" + k, room, Set.of(solution.get(k)), requires, null, false));
        }
        for (int h = 0; clues.size() < 50; h++) {
            String t = "h" + h;
            tokens.put(t, new CaseModel.Token(t, "herring", "s" + (1 + h % 9)));
            clues.add(new CaseModel.Clue("h" + h, "a", Set.of(t), Set.of(), null, true));
        }
        return new CaseModel("a", rooms, gates, Set.of(), pickups, tokens, clues, suspects, "s0", solution);
    }

    /**
     * A chain of 50 clues over 10 suspects: one lead chain of 40 clues, then the solution tokens,
     * in three rooms behind two gates.
     */
    static CaseModel syntheticCase(int clueCount) {
        Set<String> rooms = new LinkedHashSet<>(List.of("a", "b", "c"));
        List<CaseModel.Gate> gates = List.of(new CaseModel.Gate("g1", "a", "b", "lockpick"), new CaseModel.Gate("g2", "b", "c", "hack"));
        Map<String, Set<String>> pickups = new LinkedHashMap<>();
        pickups.put("lockpick", Set.of("a"));
        pickups.put("hack", Set.of("b"));
        Map<String, CaseModel.Token> tokens = new LinkedHashMap<>();
        List<String> suspects = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            suspects.add("s" + s);
        }
        List<CaseModel.Clue> clues = new ArrayList<>();
        String previous = null;
        int leads = clueCount - 12;
        for (int k = 0; k < leads; k++) {
            String t = "l" + k;
            tokens.put(t, new CaseModel.Token(t, "lead", null));
            clues.add(new CaseModel.Clue("e" + k, List.of("a", "b", "c").get(k % 3), Set.of(t),
                    previous == null ? Set.of() : Set.of(previous), null, false));
            previous = t;
        }
        List<String> solution = new ArrayList<>();
        for (String kind : List.of("motive", "means", "opportunity")) {
            tokens.put(kind, new CaseModel.Token(kind, kind, "s0"));
            solution.add(kind);
        }
        for (int s = 1; s < 10; s++) {
            tokens.put("alibi" + s, new CaseModel.Token("alibi" + s, "alibi", "s" + s));
            solution.add("alibi" + s);
        }
        for (int k = 0; k < solution.size(); k++) {
            clues.add(new CaseModel.Clue("x" + k, "c", Set.of(solution.get(k)), Set.of(previous), null, false));
        }
        return new CaseModel("a", rooms, gates, Set.of(), pickups, tokens, clues, suspects, "s0", solution);
    }
}
