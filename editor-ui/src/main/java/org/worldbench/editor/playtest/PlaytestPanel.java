package org.worldbench.editor.playtest;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.pipeline.GenerationResult;
import org.worldbench.engine.playtest.PlaytestBot;
import org.worldbench.engine.playtest.PlaytestReport;

/**
 * The Playtest tab: the district spawned into an embedded FXGL game. Move with WASD or the arrows
 * (walls and shut doors stop you), E to take a clue or an ability or to hear a witness; the clues
 * found light up in the evidence graph; the case closes when the solution is known. "Run bot"
 * walks the checker's minimum path for you. A new generation respawns the world from scratch.
 */
public final class PlaytestPanel extends BorderPane {

    private final EditorViewModel model;
    private final Label status = new Label("Open this tab to play the district.");
    private final ObservableSet<String> found = FXCollections.observableSet();
    private final ReadOnlyIntegerWrapper spawned = new ReadOnlyIntegerWrapper();
    private PlaytestSpawner spawner;
    private PlaytestSession session;
    private boolean active;
    private long lastSpawnNanos;

    public PlaytestPanel(EditorViewModel model) {
        this.model = model;
        Button bot = new Button("Run bot");
        bot.setId("run-bot");
        bot.setOnAction(e -> runBot());
        status.setId("playtest-status");
        HBox bar = new HBox(10, bot, status);
        bar.setPadding(new Insets(6));
        setTop(bar);
        model.resultProperty().addListener((o, a, r) -> {
            if (active && r != null) {
                spawn(r);
            }
        });
    }

    /** Starts FXGL (once) and spawns the current generation; the tab calls it when first shown. */
    public void activate() {
        if (!active) {
            active = true;
            PlaytestGame game = FxglHost.game();
            setCenter(FxglHost.pane());
            spawner = new PlaytestSpawner();
            game.onKeys(this::key);
            game.whenReady(() -> {
                if (model.resultProperty().get() != null) {
                    spawn(model.resultProperty().get());
                }
            });
        }
    }

    /** Evidence ids found so far (the evidence graph lights them up). */
    public ObservableSet<String> found() {
        return found;
    }

    /** How many entities the last spawn put into the world. */
    public ReadOnlyIntegerProperty spawnedProperty() {
        return spawned.getReadOnlyProperty();
    }

    /** How long the last spawn into the FXGL world took (entities only, not the case bookkeeping). */
    public long lastSpawnNanos() {
        return lastSpawnNanos;
    }

    /** The session being played. */
    public PlaytestSession session() {
        return session;
    }

    /** The status line. */
    public String statusText() {
        return status.getText();
    }

    /** Empties the game world (the next spawn then only adds). */
    public void despawn() {
        if (spawner != null) {
            spawner.despawn();
            spawned.set(0);
        }
    }

    /** Spawns a generation (despawning the last); returns the entity count. */
    public int spawn(GenerationResult r) {
        try {
            session = new PlaytestSession(r);
        } catch (InputException e) {
            status.setText("cannot play: " + e.getMessage());
            return 0;
        }
        found.clear();
        long t0 = System.nanoTime();
        spawned.set(spawner.spawn(session));
        lastSpawnNanos = System.nanoTime() - t0;
        status.setText("Case open · " + r.caseFile().evidence().size() + " clues to find · WASD to move, E to interact");
        return spawned.get();
    }

    private void key(KeyCode code) {
        if (session == null) {
            return;
        }
        switch (code) {
            case W, UP -> session.move(0, -1);
            case S, DOWN -> session.move(0, 1);
            case A, LEFT -> session.move(-1, 0);
            case D, RIGHT -> session.move(1, 0);
            case E -> take(session.interact());
            default -> { }
        }
        spawner.place(session.player());
        report();
    }

    /** The bot walks the checker's minimum path through the real tiles, taking what it passes. */
    public void runBot() {
        if (session == null) {
            activate();
            if (session == null && model.resultProperty().get() != null) {
                spawn(model.resultProperty().get());
            }
        }
        if (session == null) {
            return;
        }
        // The bot plays the case from the beginning: a fresh spawn, the player at the start.
        spawn(session.result());
        PlaytestReport plan = new PlaytestBot().play(session.result());
        take(session.interact());
        for (Point step : plan.path()) {
            int dx = step.x() - session.player().x();
            int dy = step.y() - session.player().y();
            if (!session.move(dx, dy)) {
                status.setText("the bot was stopped at " + session.player().x() + "," + session.player().y());
                return;
            }
            take(session.interact());
        }
        spawner.place(session.player());
        report();
    }

    private void take(List<String> got) {
        spawner.taken(session, got);
        got.stream().filter(id -> !id.startsWith("ability:")).forEach(found::add);
    }

    private void report() {
        status.setText((session.closed() ? "CASE CLOSED" : "Case open") + " · " + session.taken().size() + " clues · "
                + session.abilities().size() + " abilities · " + session.steps() + " steps");
    }
}
