package org.worldbench.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.worldbench.editor.Screenshot;
import org.worldbench.engine.io.AtomicFiles;
import org.worldbench.engine.io.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code screenshot}: the editor window with all four panels, rendered offscreen to a PNG. */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Render the editor window (all four panels) offscreen to a PNG; no display needed.")
public final class ScreenshotCommand implements Callable<Integer> {

    @Option(names = "--project", required = true, paramLabel = "P", description = "Project file to open.")
    Path project;

    @Option(names = "--seed", paramLabel = "S", description = "Seed to show instead of the project's.")
    String seed;

    @Option(names = "--size", defaultValue = "1600x1000", paramLabel = "WxH", description = "Window size (default 1600x1000).")
    String size;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG to write.")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: templates).")
    Path templates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!size.matches("\\d{3,5}x\\d{3,5}")) {
            throw new InputException("command line", "--size " + size, "expected WIDTHxHEIGHT, e.g. 1600x1000");
        }
        String[] wh = size.split("x");
        int width = Integer.parseInt(wh[0]);
        int height = Integer.parseInt(wh[1]);
        if (width > 8000 || height > 8000) {
            throw new InputException("command line", "--size " + size, "at most 8000x8000");
        }
        if (!Files.isRegularFile(project)) {
            throw new InputException(project.toString(), "", "file not found");
        }
        Path folder = Workspace.templatesFolder(templates);
        Screenshot.useHeadlessGlass();
        byte[] png;
        try {
            png = Screenshot.render(project.toAbsolutePath(), seed, folder, width, height);
        } catch (IllegalStateException e) {
            throw new InputException(project.toString(), "", e.getMessage());
        }
        AtomicFiles.write(out, png);
        spec.commandLine().getOut().printf("screenshot %dx%d -> %s%n", width, height, out);
        return WorldBenchCli.OK;
    }
}
