package org.worldbench.engine.replay;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worldbench.engine.project.Project;

/**
 * Everything needed to reproduce a generation bit for bit, and the hashes it produced: the request
 * as a complete project (seed, settings, anchors, overrides), the generator version, and a hash per
 * layer. {@code format} guards against bundles from a newer WorldBench.
 *
 * @param format           bundle format version ({@value #FORMAT} here)
 * @param generatorVersion the generator version that recorded it
 * @param project          the request
 * @param hashes           layer name → SHA-256
 */
@JsonPropertyOrder({"format", "generatorVersion", "project", "hashes"})
public record ReplayBundle(int format, String generatorVersion, Project project, Map<String, String> hashes) {

    /** The bundle format this build reads and writes. */
    public static final int FORMAT = 1;

    public ReplayBundle {
        if (format < 1) {
            throw new IllegalArgumentException("format must be a positive version number, was " + format);
        }
        if (format > FORMAT) {
            throw new IllegalArgumentException("bundle format " + format + " is newer than this WorldBench reads (" + FORMAT
                    + "); replay it with a newer WorldBench");
        }
        if (generatorVersion == null || generatorVersion.isBlank()) {
            throw new IllegalArgumentException("missing field 'generatorVersion'");
        }
        if (project == null) {
            throw new IllegalArgumentException("missing field 'project'");
        }
        if (hashes == null || hashes.isEmpty()) {
            throw new IllegalArgumentException("missing field 'hashes'");
        }
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            if (!LayerHashes.LAYERS.contains(e.getKey())) {
                throw new IllegalArgumentException("unknown layer '" + e.getKey() + "' (layers: " + LayerHashes.LAYERS + ")");
            }
            if (e.getValue() == null || !e.getValue().matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("hash of layer '" + e.getKey() + "' is not 64 hex digits");
            }
        }
        hashes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(hashes));
    }
}
