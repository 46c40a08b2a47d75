package org.worldbench.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.worldbench.engine.district.PartOverride;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.project.Project;
import org.worldbench.engine.project.ProjectFiles;
import org.worldbench.engine.project.ProjectSeed;
import picocli.CommandLine.Option;

/**
 * The options every generating command shares: {@code --seed}, {@code --project},
 * {@code --reseed PART=SEED} and {@code --templates}. Resolves them into one project: the file's
 * settings, the command line's seed when given, and its overrides after the file's.
 */
public final class RequestOptions {

    @Option(names = "--seed", paramLabel = "S", description = "World seed: a number, or a text such as \"the memory syndicate\".")
    String seed;

    @Option(names = "--project", paramLabel = "P", description = "Project file (*.wbproj.json) with settings, anchors and overrides.")
    Path project;

    @Option(names = "--reseed", paramLabel = "PART=SEED",
            description = "Re-seed a part: room:ID, subtree:ID, region:X,Y,W,H or case, e.g. room:r12=7. Repeatable.")
    List<String> reseeds = new ArrayList<>();

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder holding rooms/, cases/ and names/ (default: templates).")
    Path templates;

    private int projectOverrides;

    /**
     * Turns a request the generator refused into bad input of the file (or option) it came from:
     * an override added by {@code --reseed} is blamed on that option, anything else on the project.
     */
    public InputException blame(org.worldbench.engine.district.RequestException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\.overrides\\[(\\d+)\\]").matcher(e.place());
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            if (index >= projectOverrides && index - projectOverrides < reseeds.size()) {
                return new InputException("command line", "--reseed " + reseeds.get(index - projectOverrides), e.getMessage());
            }
        }
        return new InputException(sourceName(), e.place(), e.getMessage());
    }

    /** The source name to blame for problems found in the request. */
    public String sourceName() {
        return project != null ? project.toString() : "command line";
    }

    /** The project the options describe. */
    public Project resolve() throws InputException {
        if (seed == null && project == null) {
            throw new InputException("command line", "--seed", "give --seed S or --project P");
        }
        Project base = project != null ? ProjectFiles.read(project) : Project.create(null, ProjectSeed.of(0));
        if (seed != null) {
            if (seed.isBlank()) {
                throw new InputException("command line", "--seed", "the seed must not be empty");
            }
            base = base.withSeed(ProjectSeed.parse(seed));
        }
        List<PartOverride> overrides = new ArrayList<>(base.overrides());
        projectOverrides = overrides.size();
        for (String reseed : reseeds) {
            overrides.add(parseReseed(reseed));
        }
        return base.withOverrides(overrides);
    }

    /** Parses {@code PART=SEED}. */
    static PartOverride parseReseed(String text) throws InputException {
        int eq = text.lastIndexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new InputException("command line", "--reseed " + text, "expected PART=SEED, e.g. room:r12=7");
        }
        String part = text.substring(0, eq);
        String seedText = text.substring(eq + 1);
        try {
            return new PartOverride(part, ProjectSeed.parse(seedText).value());
        } catch (IllegalArgumentException e) {
            throw new InputException("command line", "--reseed " + text, e.getMessage());
        }
    }
}
