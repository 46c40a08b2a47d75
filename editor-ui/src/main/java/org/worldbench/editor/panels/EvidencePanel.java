package org.worldbench.editor.panels;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.worldbench.editor.state.EditorViewModel;
import org.worldbench.editor.task.LatestOnly;
import org.worldbench.engine.pipeline.GenerationResult;

/**
 * The evidence graph in layers (what unlocks what), checked by the independent checker: the
 * minimum path in blue, herrings in red, critical clues marked "!", and below it the spheres with
 * the suspects still standing. Clicking a clue selects it and its room. In what-if mode a click
 * removes (or restores) the clue instead, and the verdict follows, with the blocking set when the
 * case breaks.
 *
 * <p>The checker runs on the panel's executor like the painting does, newest request only; the
 * verdict and the picture are applied together when it answers.
 */
public final class EvidencePanel extends PaintedPanel {

    private final EditorViewModel model;
    private final BooleanProperty whatIf = new SimpleBooleanProperty();
    private final Set<String> removed = new HashSet<>();
    private final Set<String> closedGates = new HashSet<>();
    private final Set<String> found = new HashSet<>();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final EvidenceAnalysis.Checker checker = new EvidenceAnalysis.Checker();
    private final LatestOnly<EvidenceAnalysis> checks;
    private EvidenceLayout layout = EvidenceLayout.of(null);
    private EvidenceAnalysis analysis;

    public EvidencePanel(EditorViewModel model, Executor executor) {
        super(executor);
        this.model = model;
        this.checks = new LatestOnly<>(executor, this::prepareCheck, this::applyCheck);
        model.resultProperty().addListener((o, a, b) -> {
            removed.clear();
            closedGates.clear();
            found.clear();
            layout = EvidenceLayout.of(b == null ? null : b.caseFile());
            analysis = null;
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
        surface.setOnMouseClicked(e -> {
            String hit = layout.clueAt(e.getX(), e.getY(), scale());
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
    public void setFound(Set<String> evidenceIds) {
        found.clear();
        found.addAll(evidenceIds);
        redraw();
    }

    /** What-if: closes (or reopens) a connection of the district and re-checks. */
    public void toggleGate(String connectionId) {
        if (!closedGates.remove(connectionId)) {
            closedGates.add(connectionId);
        }
        recheck();
    }

    /** True when what-if has closed this connection of the district. */
    public boolean gateClosed(String connectionId) {
        return closedGates.contains(connectionId);
    }

    /** The checker's verdict on the case as it stands (with what-if removals). */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The centre of a clue's box on screen (tests click it). */
    public double[] screenOf(String evidenceId) {
        return layout.centreOf(evidenceId, scale());
    }

    /** The scale the boxes are drawn at: the case fitted to the panel above the spheres' lines. */
    private double scale() {
        return layout.fit(surfaceWidth(), surfaceHeight(), EvidencePainting.legendHeight(analysis));
    }

    /** The checker's run is part of producing the picture: the verdict is drawn in it. */
    @Override
    boolean working() {
        return checks.busy() || super.working();
    }

    private void recheck() {
        if (model.resultProperty().get() == null) {
            verdict.set("");
            redraw();
            return;
        }
        checks.request();
    }

    private Supplier<EvidenceAnalysis> prepareCheck() {
        GenerationResult result = model.resultProperty().get();
        Set<String> gone = Set.copyOf(removed);
        Set<String> closed = Set.copyOf(closedGates);
        return () -> checker.check(result, gone, closed);
    }

    private void applyCheck(EvidenceAnalysis done) {
        if (done.result() != model.resultProperty().get()) {
            return; // a newer result is being checked
        }
        analysis = done;
        verdict.set(done.verdict());
        redraw();
    }

    @Override
    PanelFrame.Painting painting() {
        GenerationResult result = model.resultProperty().get();
        return new EvidencePainting(result == null ? null : result.caseFile(), layout, analysis, Set.copyOf(removed), Set.copyOf(found),
                model.selectedEvidenceProperty().get(), scale());
    }
}
