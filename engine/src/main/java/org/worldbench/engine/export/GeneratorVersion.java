package org.worldbench.engine.export;

/**
 * The version of the generators. Bump it whenever the same request would give a different result:
 * replay bundles and golden hashes compare against it.
 */
public final class GeneratorVersion {

    /** The current generator version. */
    public static final String VALUE = "0.1.0";

    /** The export format name and version; bump on any rename in the export JSON. */
    public static final String EXPORT_FORMAT = "worldbench-export/1";

    private GeneratorVersion() {
    }
}
