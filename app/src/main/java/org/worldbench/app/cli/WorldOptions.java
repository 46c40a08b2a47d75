package org.worldbench.app.cli;

import java.nio.file.Path;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.project.ProjectSeed;
import org.worldbench.engine.world.ChunkGenerator;
import org.worldbench.engine.world.WorldDefinition;
import org.worldbench.engine.world.WorldFiles;
import picocli.CommandLine.Option;

/** {@code --world W --seed S}: the world definition and seed the chunk commands share. */
public final class WorldOptions {

    @Option(names = "--world", required = true, paramLabel = "W", description = "World definition (*.world.json).")
    Path world;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "World seed: a number or a text.")
    String seed;

    WorldDefinition definition() throws InputException {
        return WorldFiles.read(world);
    }

    long seedValue() throws InputException {
        if (seed.isBlank()) {
            throw new InputException("command line", "--seed", "the seed must not be empty");
        }
        return ProjectSeed.parse(seed).value();
    }

    ChunkGenerator generator() throws InputException {
        return new ChunkGenerator(definition());
    }
}
