package org.worldbench.app.cli;

import java.io.PrintWriter;
import org.worldbench.engine.io.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code worldbench} command line: one sub-command per job. Exit codes follow DESIGN.md: 0
 * success, 1 the product found a problem, 2 bad input or usage (one line on stderr, no stack trace,
 * no output file).
 */
@Command(name = "worldbench", mixinStandardHelpOptions = true, version = "WorldBench 0.1.0",
        description = "A workbench for deterministic procedural worlds.",
        subcommands = {GenerateCommand.class, ValidateCommand.class, CheckCommand.class, ExplainCommand.class,
            RecordCommand.class, ReplayCommand.class, ExportCommand.class, DiffCommand.class, EditCommand.class,
            ScreenshotCommand.class, PlaytestCommand.class,
            ChunkCommand.class, DecodeCommand.class, WorldScanCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class WorldBenchCli {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code when the product found a problem (a failed validation, a replay mismatch). */
    public static final int PROBLEM = 1;
    /** Exit code for bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** Exit code for an unexpected failure of WorldBench itself. */
    public static final int INTERNAL = 3;

    private WorldBenchCli() {
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line with the given streams (for tests) and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The configured command line, with the error handling every command shares. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WorldBenchCli());
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InputException input) {
                err.println("error: " + input.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof java.util.concurrent.CancellationException) {
                err.println("cancelled");
                return PROBLEM;
            }
            err.println("internal error: " + ex + " (set WORLDBENCH_DEBUG=1 for the stack trace)");
            if (System.getenv("WORLDBENCH_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return INTERNAL;
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + ex.getMessage().replaceAll("\\s*\\R\\s*", " ")
                    + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return BAD_INPUT;
        });
        return cli;
    }
}
