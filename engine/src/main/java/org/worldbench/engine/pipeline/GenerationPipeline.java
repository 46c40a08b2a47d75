package org.worldbench.engine.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.CaseGenerator;
import org.worldbench.engine.cases.CaseLibrary;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.DistrictGenerator;
import org.worldbench.engine.district.PartOverride;
import org.worldbench.engine.district.RequestException;
import org.worldbench.engine.population.Population;
import org.worldbench.engine.population.Populator;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.task.Monitor;
import org.worldbench.engine.template.TemplateLibrary;
import org.worldbench.engine.validation.ValidationReport;
import org.worldbench.engine.validation.Validator;

/**
 * The whole generation of DESIGN.md: layout and rooms, case, population, validation. A pure
 * function of the project; reports each stage to the monitor and stops when it cancels. Thread-safe.
 */
public final class GenerationPipeline {

    private final DistrictGenerator districts;
    private final CaseGenerator cases;
    private final Populator populator = new Populator();
    private final Validator validator = new Validator();

    public GenerationPipeline(TemplateLibrary rooms, CaseLibrary caseLibrary) {
        this.districts = new DistrictGenerator(rooms);
        this.cases = new CaseGenerator(caseLibrary);
    }

    /** The district generator, for callers that regenerate parts. */
    public DistrictGenerator districts() {
        return districts;
    }

    /** Generates everything a project asks for. */
    public GenerationResult run(Project project, Monitor monitor) throws RequestException {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        monitor.stage("district", 0, 4);
        District district = districts.generate(project.districtRequest(), Monitor.NONE);
        long t1 = lap(timings, "districtMicros", t0);
        monitor.checkCancelled();
        return finish(project, district, monitor, timings, t1);
    }

    /**
     * Re-runs everything after the district with a district regenerated from {@code previous}
     * (see {@link DistrictGenerator#regenerate}): the fast path of selective regeneration.
     */
    public GenerationResult rerun(GenerationResult previous, Project project, Monitor monitor) throws RequestException {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        monitor.stage("district", 0, 4);
        District district = previous.district().request().anchors().equals(project.anchors())
                && previous.district().request().seed() == project.seed().value()
                && previous.district().request().config().equals(project.district())
                ? districts.regenerate(previous.district(), project.overrides())
                : districts.generate(project.districtRequest(), Monitor.NONE);
        long t1 = lap(timings, "districtMicros", t0);
        return finish(project, district, monitor, timings, t1);
    }

    private GenerationResult finish(Project project, District district, Monitor monitor, Map<String, Long> timings, long t1) {
        monitor.stage("case", 1, 4);
        long caseSeed = caseSeed(project.seed().value(), project.overrides());
        CaseFile caseFile = cases.generate(district, project.caseSettings(), caseSeed);
        long t2 = lap(timings, "caseMicros", t1);
        monitor.checkCancelled();
        monitor.stage("population", 2, 4);
        Population population = populator.populate(district, caseFile, project.seed().value());
        long t3 = lap(timings, "populationMicros", t2);
        monitor.checkCancelled();
        monitor.stage("validation", 3, 4);
        ValidationReport validation = validator.validate(district, caseFile, population);
        lap(timings, "validationMicros", t3);
        return new GenerationResult(district, caseFile, caseSeed, population, validation, project.seed().text(), timings);
    }

    /** The case's seed: the last {@code case} override, else the world seed. */
    public static long caseSeed(long worldSeed, List<PartOverride> overrides) {
        long seed = worldSeed;
        for (PartOverride o : overrides) {
            if (o.target() instanceof PartOverride.CaseTarget) {
                seed = o.seed();
            }
        }
        return seed;
    }

    private static long lap(Map<String, Long> timings, String name, long since) {
        long now = System.nanoTime();
        timings.put(name, (now - since) / 1000);
        return now;
    }
}
