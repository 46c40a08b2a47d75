package org.worldbench.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.almasb.fxgl.dsl.FXGL;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.worldbench.editor.state.EditorViewModel;

/** The Playtest tab in a real headless scene: FXGL embedded, the bot closes the case, regenerating respawns cleanly. */
@ExtendWith(ApplicationExtension.class)
class PlaytestFxTest {

    private EditorViewModel model;
    private MainView view;

    @Start
    void start(Stage stage) throws Exception {
        model = EditorFixtures.model();
        view = new MainView(model, null, FileChooserPort.NONE);
        stage.setScene(new Scene(view.root(), 1600, 1000));
        stage.show();
        model.open(EditorFixtures.sample());
    }

    private int worldSize(FxRobot robot) {
        int[] n = new int[1];
        robot.interact(() -> n[0] = FXGL.getGameWorld().getEntitiesCopy().size());
        return n[0];
    }

    @Test
    void theBotClosesTheCaseAndRegeneratingRespawnsCleanly(FxRobot robot) throws Exception {
        robot.clickOn("Playtest");
        for (int i = 0; i < 50 && view.playtest.spawnedProperty().get() == 0; i++) {
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
        }
        int first = view.playtest.spawnedProperty().get();
        assertTrue(first > 100, "the district is spawned: " + first);
        assertEquals(first, worldSize(robot));
        int expected = 2 + model.resultProperty().get().population().entities().size();
        assertTrue(first >= expected, "map, player and every populated entity: " + first + " >= " + expected);

        // A step with the keyboard moves the player or is stopped by a wall: either way no crash.
        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#run-bot");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.playtest.session().closed(), view.playtest.statusText());
        assertTrue(view.playtest.statusText().startsWith("CASE CLOSED"), view.playtest.statusText());
        assertFalse(view.playtest.found().isEmpty(), "found clues light up in the evidence graph");

        robot.interact(() -> model.setSeed("77"));
        WaitForAsyncUtils.waitForFxEvents();
        int second = view.playtest.spawnedProperty().get();
        assertEquals(second, worldSize(robot), "no entity left behind after respawning");
        assertFalse(view.playtest.session().closed(), "a fresh case starts open");
        assertTrue(view.playtest.found().isEmpty());
        assertFalse(Files.exists(Path.of("system")), "FXGL writes nothing into the working folder");
        assertFalse(Files.exists(Path.of("logs")), "FXGL writes no logs into the working folder");
    }
}
