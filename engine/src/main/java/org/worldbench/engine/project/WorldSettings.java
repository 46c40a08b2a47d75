package org.worldbench.engine.project;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The project's endless-world settings.
 *
 * @param definition path of a world definition file, relative to the project file; null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorldSettings(String definition) {

    /** No world. */
    public static final WorldSettings NONE = new WorldSettings(null);

    public WorldSettings {
        if (definition != null && definition.isBlank()) {
            throw new IllegalArgumentException("world definition must be a file path");
        }
    }
}
