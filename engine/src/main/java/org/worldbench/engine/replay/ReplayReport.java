package org.worldbench.engine.replay;

import java.util.List;

/**
 * The outcome of a replay: per layer, the recorded and the regenerated hash.
 *
 * @param versionMatches the bundle was recorded by this generator version
 * @param layers         every layer's comparison, in generation order
 */
public record ReplayReport(boolean versionMatches, String recordedVersion, String currentVersion, List<Layer> layers) {

    public ReplayReport {
        layers = List.copyOf(layers);
    }

    /** One layer: what was recorded and what came out now. */
    public record Layer(String name, String recorded, String regenerated) {
        /** True when the hashes are equal. */
        public boolean matches() {
            return recorded.equals(regenerated);
        }
    }

    /** True when every layer matches. */
    public boolean matches() {
        return layers.stream().allMatch(Layer::matches);
    }

    /** The first layer that drifted, if any: where to look. */
    public java.util.Optional<String> firstDrift() {
        return layers.stream().filter(l -> !l.matches()).map(Layer::name).findFirst();
    }
}
