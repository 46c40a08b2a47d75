package org.worldbench.engine.district;

import java.util.List;
import java.util.Objects;

/**
 * Everything a district depends on: the world seed, the generator settings, the pinned anchors and
 * the per-part seed overrides. Two equal requests give byte-identical districts.
 *
 * @param seed      the world seed (unsigned 32-bit)
 * @param config    generator settings
 * @param anchors   narrative anchors, in project order
 * @param overrides per-part seeds, later ones winning
 */
public record DistrictRequest(long seed, DistrictConfig config, List<AnchorPin> anchors, List<PartOverride> overrides) {

    public DistrictRequest {
        if (seed < 0 || seed > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("seed must be between 0 and 4294967295, was " + seed);
        }
        Objects.requireNonNull(config, "config");
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** A request with default settings, no anchors and no overrides. */
    public static DistrictRequest of(long seed) {
        return new DistrictRequest(seed, DistrictConfig.DEFAULTS, List.of(), List.of());
    }

    /** The same request with other overrides. */
    public DistrictRequest withOverrides(List<PartOverride> newOverrides) {
        return new DistrictRequest(seed, config, anchors, newOverrides);
    }

    /** The same request with other anchors. */
    public DistrictRequest withAnchors(List<AnchorPin> newAnchors) {
        return new DistrictRequest(seed, config, newAnchors, overrides);
    }

    /** The same request with another seed. */
    public DistrictRequest withSeed(long newSeed) {
        return new DistrictRequest(newSeed, config, anchors, overrides);
    }
}
