package org.worldbench.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.worldbench.engine.export.CanonicalJson;
import org.worldbench.engine.io.AtomicFiles;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.ChunkJson;
import org.worldbench.engine.world.codec.ChunkCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code decode}: a CHNK file back to chunk JSON; corrupt input is bad input (exit 2). */
@Command(name = "decode", mixinStandardHelpOptions = true, description = "Decode a CHNK chunk to chunk JSON.")
public final class DecodeCommand implements Callable<Integer> {

    /** CHNK files larger than this are refused before reading. */
    static final long MAX_FILE = 256L * 1024 * 1024;

    @Parameters(index = "0", paramLabel = "FILE.chnk", description = "The CHNK file.")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "Chunk JSON to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        byte[] data;
        try {
            if (Files.size(input) > MAX_FILE) {
                throw new InputException(input.toString(), "", "larger than " + (MAX_FILE >> 20) + " MiB");
            }
            data = Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw new InputException(input.toString(), "", "file not found");
        }
        Chunk chunk = ChunkCodec.decode(data, input.toString());
        AtomicFiles.write(out, CanonicalJson.write(ChunkJson.of(chunk)).getBytes(StandardCharsets.UTF_8));
        spec.commandLine().getOut().printf("decoded %s (%d vertices) -> %s%n", chunk.id().text(), chunk.geometry().vertexCount(), out);
        return WorldBenchCli.OK;
    }
}
