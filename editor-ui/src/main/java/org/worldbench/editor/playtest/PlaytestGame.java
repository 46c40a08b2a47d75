package org.worldbench.editor.playtest;

import com.almasb.fxgl.app.GameApplication;
import com.almasb.fxgl.app.GameSettings;
import com.almasb.fxgl.app.services.UpdaterService;
import com.almasb.fxgl.dsl.FXGL;
import com.almasb.fxgl.entity.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;

/**
 * The FXGL game the playtest tab embeds. It writes no files and runs no updater; what it shows is
 * spawned by {@link PlaytestSpawner} and moved by {@link PlaytestSession}.
 */
public final class PlaytestGame extends GameApplication {

    private final int width;
    private final int height;
    private final List<Runnable> ready = new ArrayList<>();
    private Consumer<KeyCode> keys = k -> { };
    private boolean started;

    public PlaytestGame(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    protected void initSettings(GameSettings settings) {
        settings.setWidth(width);
        settings.setHeight(height);
        settings.setTitle("WorldBench playtest");
        settings.setMainMenuEnabled(false);
        settings.setGameMenuEnabled(false);
        settings.setIntroEnabled(false);
        settings.setProfilingEnabled(false);
        // FXGL must not write into the working folder nor call home.
        settings.setFileSystemWriteAllowed(false);
        List<Class<? extends com.almasb.fxgl.core.EngineService>> services = new ArrayList<>(settings.getEngineServices());
        services.remove(UpdaterService.class);
        settings.setEngineServices(services);
    }

    @Override
    protected void initInput() {
        for (KeyCode code : new KeyCode[] {KeyCode.W, KeyCode.A, KeyCode.S, KeyCode.D, KeyCode.UP, KeyCode.DOWN, KeyCode.LEFT,
            KeyCode.RIGHT, KeyCode.E}) {
            FXGL.onKeyDown(code, () -> keys.accept(code));
        }
    }

    @Override
    protected void initGame() {
        // FXGL calls this on its loading thread: what waits for the world runs on the FX thread.
        javafx.application.Platform.runLater(() -> {
            started = true;
            ready.forEach(Runnable::run);
            ready.clear();
        });
    }

    /** Runs on the FX thread once the game world exists (at once when it already does). */
    void whenReady(Runnable r) {
        if (started) {
            r.run();
        } else {
            ready.add(r);
        }
    }

    /** Where key presses go. */
    void onKeys(Consumer<KeyCode> handler) {
        this.keys = handler;
    }

    /** Every entity in the world. */
    static List<Entity> entities() {
        return FXGL.getGameWorld().getEntitiesCopy();
    }
}
