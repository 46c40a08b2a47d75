package org.worldbench.engine.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.worldbench.engine.district.AnchorPin;
import org.worldbench.engine.district.DistrictConfig;
import org.worldbench.engine.district.DistrictRequest;
import org.worldbench.engine.district.PartOverride;

/**
 * A WorldBench project ({@code *.wbproj.json}): what the editor saves and {@code --project} reads.
 * Immutable; every edit makes a new project.
 *
 * @param format    file format version; this build reads {@value #FORMAT} and older
 * @param name      a display name, optional
 * @param seed      the world seed
 * @param district  generator settings (defaults where left out)
 * @param anchors   narrative anchors
 * @param overrides per-part seeds
 * @param caseSettings case settings (the {@code case} field)
 * @param world     endless-world settings
 */
@JsonPropertyOrder({"format", "name", "seed", "district", "anchors", "overrides", "case", "world"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Project(int format, String name, ProjectSeed seed, DistrictConfig district, List<AnchorPin> anchors,
        List<PartOverride> overrides, @JsonProperty("case") CaseSettings caseSettings, WorldSettings world) {

    /** The project format this build writes. */
    public static final int FORMAT = 1;

    public Project {
        if (format < 1) {
            throw new IllegalArgumentException("format must be a positive version number, was " + format);
        }
        if (format > FORMAT) {
            throw new IllegalArgumentException("project format " + format + " is newer than this WorldBench reads ("
                    + FORMAT + "); open it with a newer WorldBench");
        }
        if (seed == null) {
            throw new IllegalArgumentException("missing field 'seed'");
        }
        district = district == null ? DistrictConfig.DEFAULTS : district;
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        caseSettings = caseSettings == null ? CaseSettings.DEFAULTS : caseSettings;
        world = world == null ? WorldSettings.NONE : world;
        Set<String> ids = new HashSet<>();
        for (AnchorPin anchor : anchors) {
            if (!ids.add(anchor.id())) {
                throw new IllegalArgumentException("anchor id '" + anchor.id() + "' is used twice");
            }
        }
    }

    /** A new project with default settings. */
    public static Project create(String name, ProjectSeed seed) {
        return new Project(FORMAT, name, seed, DistrictConfig.DEFAULTS, List.of(), List.of(), CaseSettings.DEFAULTS,
                WorldSettings.NONE);
    }

    /** The district request this project asks for. */
    public DistrictRequest districtRequest() {
        return new DistrictRequest(seed.value(), district, anchors, overrides);
    }

    /** A copy with another seed. */
    public Project withSeed(ProjectSeed newSeed) {
        return new Project(FORMAT, name, newSeed, district, anchors, overrides, caseSettings, world);
    }

    /** A copy with other anchors. */
    public Project withAnchors(List<AnchorPin> newAnchors) {
        return new Project(FORMAT, name, seed, district, newAnchors, overrides, caseSettings, world);
    }

    /** A copy with other overrides. */
    public Project withOverrides(List<PartOverride> newOverrides) {
        return new Project(FORMAT, name, seed, district, anchors, newOverrides, caseSettings, world);
    }

    /** A copy with other district settings. */
    public Project withDistrict(DistrictConfig newDistrict) {
        return new Project(FORMAT, name, seed, newDistrict, anchors, overrides, caseSettings, world);
    }

    /** A copy with other case settings. */
    public Project withCaseSettings(CaseSettings newCase) {
        return new Project(FORMAT, name, seed, district, anchors, overrides, newCase, world);
    }
}
