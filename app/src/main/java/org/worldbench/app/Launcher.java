package org.worldbench.app;

import org.worldbench.app.cli.WorldBenchCli;
import org.worldbench.editor.EditorLauncher;

/**
 * The one entry point of {@code worldbench.jar}. With no arguments it opens the editor; otherwise it
 * runs the CLI. It deliberately does not extend {@code javafx.application.Application}: a runnable
 * fat jar whose main class does would be refused by the JavaFX launcher checks.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Opens the editor, or runs a CLI command and exits with its code. */
    public static void main(String[] args) {
        if (args.length == 0) {
            try {
                EditorLauncher.launch(null);
            } catch (IllegalStateException e) {
                System.err.println("error: " + e.getMessage());
                System.exit(1);
            }
            return;
        }
        int code = WorldBenchCli.run(args);
        System.exit(code);
    }
}
