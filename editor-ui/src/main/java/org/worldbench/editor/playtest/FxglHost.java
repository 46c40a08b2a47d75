package org.worldbench.editor.playtest;

import com.almasb.fxgl.app.FXGLPane;
import com.almasb.fxgl.app.GameApplication;

/**
 * FXGL runs one game engine a JVM and {@code embeddedLaunch} may be called once, so the embedded
 * game and its pane live here, created on first use (on the FX thread) and shared by every
 * playtest panel. This is the one deliberate piece of static state in the editor: it mirrors the
 * engine's own.
 */
final class FxglHost {

    private static PlaytestGame game;
    private static FXGLPane pane;

    private FxglHost() {
    }

    /** The embedded game, launched on first use. */
    static synchronized PlaytestGame game() {
        if (game == null) {
            game = new PlaytestGame(800, 640);
            pane = GameApplication.embeddedLaunch(game);
        }
        return game;
    }

    /** The pane the game renders into. */
    static synchronized FXGLPane pane() {
        game();
        return pane;
    }
}
