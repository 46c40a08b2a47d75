package org.worldbench.engine.world;

import java.nio.file.Path;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.io.StrictJson;

/** Reads world definitions strictly. */
public final class WorldFiles {

    private WorldFiles() {
    }

    /** Reads a {@code *.world.json} file. */
    public static WorldDefinition read(Path file) throws InputException {
        return StrictJson.read(file, WorldDefinition.class);
    }
}
