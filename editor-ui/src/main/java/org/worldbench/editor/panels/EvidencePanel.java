package org.worldbench.editor.panels;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.cases.EvidenceGraph;
import org.worldbench.engine.checker.CaseChecker;
import org.worldbench.engine.checker.CaseModel;
import org.worldbench.engine.checker.CaseModelReader;
import org.worldbench.engine.checker.CheckReport;
import org.worldbench.engine.export.CheckerInput;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.pipeline.GenerationResult;

/**
 * The evidence graph in layers (what unlocks what), checked by the independent checker: the
 * minimum path in blue, herrings in red, critical clues marked "!", and below it the spheres with
 * the suspects still standing. Clicking a clue selects it and its room. In what-if mode a click
 * removes (or restores) the clue instead, and the verdict updates at once, with the blocking set
 * when the case breaks.
 */
public final class EvidencePanel extends CanvasPane {

    private static final double W = 150;
    private static final double H = 28;

    private final EditorViewModel model;
    private final BooleanProperty whatIf = new SimpleBooleanProperty();
    private final Set<String> removed = new HashSet<>();
    private final Set<String> closedGates = new HashSet<>();
    private final Set<String> found = new HashSet<>();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final Map<String, double[]> boxes = new HashMap<>();
    private CheckReport report;
    private Set<String> critical = Set.of();
    private CaseModel checkerModel;

    public EvidencePanel(EditorViewModel model) {
        this.model = model;
        model.resultProperty().addListener((o, a, b) -> {
            removed.clear();
            closedGates.clear();
            found.clear();
            checkerModel = null;
            recheck();
        });
        model.selectedEvidenceProperty().addListener((o, a, b) -> redraw());
        whatIf.addListener((o, a, b) -> {
            if (!b) {
                removed.clear();
                closedGates.clear();
                recheck();
            }
        });
        canvas.setOnMouseClicked(e -> {
            String hit = clueAt(e.getX(), e.getY());
            if (hit == null) {
                return;
            }
            if (whatIf.get()) {
                if (!removed.remove(hit)) {
                    removed.add(hit);
                }
                recheck();
            } else {
                model.selectedEvidenceProperty().set(hit);
                model.resultProperty().get().caseFile().evidence(hit).ifPresent(ev -> model.selectedRoomProperty().set(ev.room()));
            }
        });
    }

    /** What-if mode: clicks remove clues instead of selecting them. */
    public BooleanProperty whatIfProperty() {
        return whatIf;
    }

    /** Marks the clues a playtest has found; they are drawn lit. */
    public void setFound(java.util.Set<String> evidenceIds) {
        found.clear();
        found.addAll(evidenceIds);
        redraw();
    }

    /** What-if: closes (or reopens) a connection of the district and re-checks at once. */
    public void toggleGate(String connectionId) {
        if (!closedGates.remove(connectionId)) {
            closedGates.add(connectionId);
        }
        recheck();
    }

    /** The checker's verdict on the case as it stands (with what-if removals). */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The centre of a clue's box on screen (tests click it). */
    public double[] screenOf(String evidenceId) {
        double[] b = boxes.get(evidenceId);
        return b == null ? null : new double[] {b[0] + W / 2, b[1] + H / 2};
    }

    private String clueAt(double x, double y) {
        for (Map.Entry<String, double[]> e : boxes.entrySet()) {
            double[] b = e.getValue();
            if (x >= b[0] && x <= b[0] + W && y >= b[1] && y <= b[1] + H) {
                return e.getKey();
            }
        }
        return null;
    }

    private void recheck() {
        GenerationResult result = model.resultProperty().get();
        if (result == null) {
            verdict.set("");
            redraw();
            return;
        }
        try {
            if (checkerModel == null) {
                checkerModel = CaseModelReader.read(CheckerInput.of(result.district(), result.caseFile()), "generated case");
            }
            boolean asIs = removed.isEmpty() && closedGates.isEmpty();
            CaseModel asked = asIs ? checkerModel : checkerModel.without(removed, Set.of(), closedGates);
            report = CaseChecker.check(asked);
            Set<String> crit = new HashSet<>();
            if (asIs && report.solvable()) {
                CaseChecker.criticality(asked).stream().filter(c -> !c.survives()).forEach(c -> crit.add(c.evidence()));
            }
            critical = crit;
            String what = (removed.isEmpty() ? "" : " without " + removed) + (closedGates.isEmpty() ? "" : " with " + closedGates + " closed");
            verdict.set(report.solvable()
                    ? "Solvable" + what + " · minimum path " + report.minimumPath().size() + " clues · solved in sphere "
                            + report.solvedInSphere()
                    : "UNSOLVABLE" + what + " · blocking set " + report.blockingSet());
        } catch (InputException e) {
            verdict.set("cannot check: " + e.getMessage());
        }
        redraw();
    }

    @Override
    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Colours.BACKGROUND);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        boxes.clear();
        GenerationResult result = model.resultProperty().get();
        if (result == null) {
            g.setFill(Color.GRAY);
            g.fillText("no case generated", 20, 30);
            return;
        }
        CaseFile c = result.caseFile();
        EvidenceGraph graph = c.graph();
        Map<Integer, List<Evidence>> layers = new HashMap<>();
        for (Evidence e : c.evidence()) {
            layers.computeIfAbsent(graph.layer(e.id()), k -> new ArrayList<>()).add(e);
        }
        layers.forEach((layer, list) -> {
            for (int i = 0; i < list.size(); i++) {
                boxes.put(list.get(i).id(), new double[] {20 + layer * (W + 50), 40 + i * (H + 14)});
            }
        });
        g.setStroke(Color.web("#9aa4b2"));
        g.setLineWidth(1.5);
        for (var edge : graph.graph().edgeSet()) {
            double[] a = boxes.get(graph.graph().getEdgeSource(edge));
            double[] b = boxes.get(graph.graph().getEdgeTarget(edge));
            g.strokeLine(a[0] + W, a[1] + H / 2, b[0], b[1] + H / 2);
        }
        List<String> path = report == null ? List.of() : report.minimumPath();
        for (Evidence e : c.evidence()) {
            double[] b = boxes.get(e.id());
            boolean gone = removed.contains(e.id());
            g.setFill(gone ? Color.web("#2a2a2a") : found.contains(e.id()) ? Color.web("#2e7d32")
                    : e.redHerring() ? Colours.HERRING.darker() : Color.web("#3a3f4b"));
            g.fillRoundRect(b[0], b[1], W, H, 8, 8);
            boolean selected = e.id().equals(model.selectedEvidenceProperty().get());
            g.setStroke(selected ? Colours.SELECTION : path.contains(e.id()) ? Colours.PATH : Color.web("#777777"));
            g.setLineWidth(selected || path.contains(e.id()) ? 3 : 1);
            g.strokeRoundRect(b[0], b[1], W, H, 8, 8);
            g.setFill(gone ? Color.GRAY : Color.WHITE);
            g.fillText((critical.contains(e.id()) ? "! " : "") + e.id() + " " + e.type().jsonName() + " @" + e.room(), b[0] + 6, b[1] + 18);
        }
        g.setFill(report != null && report.solvable() ? Color.web("#7ee07e") : Color.web("#ff7070"));
        g.fillText(verdict.get(), 20, 22);
        if (report != null) {
            double y = canvas.getHeight() - 16 * (report.spheres().size() + 1);
            g.setFill(Color.web("#c8c8c8"));
            for (CheckReport.Sphere s : report.spheres()) {
                g.fillText("sphere " + s.index() + ": " + s.evidenceTaken() + " → standing " + s.suspectsStanding(), 20, y += 16);
            }
        }
    }
}
