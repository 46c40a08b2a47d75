package org.worldbench.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.io.AtomicFiles;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.ChunkGenerator;
import org.worldbench.engine.world.ChunkId;
import org.worldbench.engine.world.ChunkJson;
import org.worldbench.engine.world.codec.ChunkCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chunk}: one chunk of an endless world, as chunk JSON or CHNK by the output's extension. */
@Command(name = "chunk", mixinStandardHelpOptions = true, description = "Make one chunk and write it as JSON or CHNK.")
public final class ChunkCommand implements Callable<Integer> {

    @Mixin
    WorldOptions world;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Chunk id: ring 0_12345, strip -3, plane 4_-2.")
    String id;

    @Option(names = "--lod", defaultValue = "0", paramLabel = "L", description = "Level of detail 0..3 (default 0).")
    int lod;

    @Option(names = "--gzip", defaultValue = "6", paramLabel = "N", description = "CHNK gzip level: 1, 6 or 9 (default 6).")
    int gzip;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "file.json or file.chnk")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ChunkGenerator generator = world.generator();
        ChunkId chunkId;
        try {
            chunkId = generator.world().chunkId(id);
        } catch (IllegalArgumentException e) {
            throw new InputException("command line", "--id " + id, e.getMessage());
        }
        if (lod < 0 || lod > 3) {
            throw new InputException("command line", "--lod", "must be 0..3, was " + lod);
        }
        if (gzip != 1 && gzip != 6 && gzip != 9) {
            throw new InputException("command line", "--gzip", "must be 1, 6 or 9, was " + gzip);
        }
        String name = out.getFileName().toString();
        if (!name.endsWith(".json") && !name.endsWith(".chnk")) {
            throw new InputException("command line", "--out " + out, "the file must end in .json or .chnk");
        }
        Chunk chunk = generator.generate(world.seedValue(), chunkId, lod);
        byte[] bytes = name.endsWith(".chnk") ? ChunkCodec.encode(chunk, gzip)
                : CanonicalJson.write(ChunkJson.of(chunk)).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, bytes);
        spec.commandLine().getOut().printf("chunk %s lod %d: %d vertices, %d faces, %d structures -> %s (%d bytes)%n",
                chunkId.text(), lod, chunk.geometry().vertexCount(), chunk.geometry().faceCount(), chunk.structures().size(), out,
                bytes.length);
        return WorldBenchCli.OK;
    }
}
