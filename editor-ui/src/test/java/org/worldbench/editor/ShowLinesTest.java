package org.worldbench.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The validation list is brought to the new lines with the fewest changes. */
class ShowLinesTest {

    private final ObservableList<String> shown = FXCollections.observableArrayList();
    private final List<String> changes = new ArrayList<>();

    ShowLinesTest() {
        shown.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replace " : c.wasAdded() ? "add " : "remove ") + c.getFrom());
            }
        });
    }

    @Test
    void equalLinesChangeNothing() {
        shown.setAll("score 80", "issue a");
        changes.clear();
        MainView.showLines(shown, List.of("score 80", "issue a"));
        assertEquals(List.of(), changes);
    }

    @Test
    void aChangedLineIsReplacedInPlaceAndTheRestIsLeftAlone() {
        shown.setAll("score 80", "issue a", "issue b");
        changes.clear();
        MainView.showLines(shown, List.of("score 81", "issue a", "issue b"));
        assertEquals(List.of("score 81", "issue a", "issue b"), shown);
        assertEquals(List.of("replace 0"), changes);
    }

    @Test
    void longerAndShorterListsAddAndTrimTheTail() {
        shown.setAll("score 80");
        MainView.showLines(shown, List.of("score 80", "issue a", "warning: w"));
        assertEquals(List.of("score 80", "issue a", "warning: w"), shown);
        MainView.showLines(shown, List.of("score 70"));
        assertEquals(List.of("score 70"), shown);
        MainView.showLines(shown, List.of());
        assertEquals(List.of(), shown);
    }
}
