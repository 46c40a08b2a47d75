package org.worldbench.editor.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.Evidence;

/** The evidence graph's picture: clue boxes by state, the minimum path, the spheres, the fit to the panel. */
class EvidencePaintingTest extends PaintingPixels {

    // The evidence painting's private colours, as its source defines them.
    private static final int BOX = 0xFF3A3F4B;
    private static final int GONE = 0xFF2A2A2A;
    private static final int FOUND = 0xFF2E7D32;

    private static PanelFrame evidence(EvidenceAnalysis analysis, Set<String> removed, Set<String> found, String selected) {
        CaseFile c = result.caseFile();
        return PanelFrame.paint(900, 700, new EvidencePainting(c, EvidenceLayout.of(c), analysis, removed, found, selected, 1), null);
    }

    @Test
    void aCaseTallerThanThePanelIsScaledToStayClearOfTheSpheres() {
        CaseFile c = result.caseFile();
        EvidenceLayout layout = EvidenceLayout.of(c);
        EvidenceAnalysis analysis = new EvidenceAnalysis.Checker().check(result, Set.of(), Set.of());
        double legend = EvidencePainting.legendHeight(analysis);
        double lowest = layout.boxes().values().stream().mapToDouble(b -> b[1] + EvidenceLayout.H).max().orElseThrow();
        assertEquals(1, layout.fit(900, lowest + legend + 40, legend), "room enough: drawn at full size");
        int height = (int) (legend + lowest * 0.7); // the boxes at full size would run into the spheres' lines
        double scale = layout.fit(900, height, legend);
        assertTrue(scale < 0.7 && scale >= EvidenceLayout.MIN_SCALE, "scaled down: " + scale);
        assertTrue(lowest * scale <= height - legend, "the lowest box ends above the spheres' lines");

        PanelFrame f = PanelFrame.paint(900, height, new EvidencePainting(c, layout, analysis, Set.of(), Set.of(), null, scale), null);
        String deepest = layout.boxes().entrySet().stream().max((a, b) -> Double.compare(a.getValue()[1], b.getValue()[1])).orElseThrow()
                .getKey();
        double[] centre = layout.centreOf(deepest, scale);
        assertNotEquals(hex(BACKGROUND), hex(pixel(f, (int) centre[0], (int) (centre[1] + EvidenceLayout.H * scale / 2 - 2))),
                "the deepest clue's box is drawn where its scaled centre says");
        assertEquals(deepest, layout.clueAt(centre[0], centre[1], scale), "and a click there finds it");
        assertEquals(null, layout.clueAt(centre[0], height + 100, scale), "nothing below the boxes");
    }

    /** A pixel inside a clue's box, below its text. */
    private static int[] interior(EvidenceLayout layout, String id) {
        double[] b = layout.boxes().get(id);
        return new int[] {(int) (b[0] + EvidenceLayout.W / 2), (int) (b[1] + EvidenceLayout.H - 4)};
    }

    /** A pixel on the top edge of a clue's box. */
    private static int[] topEdge(EvidenceLayout layout, String id) {
        double[] b = layout.boxes().get(id);
        return new int[] {(int) (b[0] + EvidenceLayout.W / 2), (int) b[1]};
    }

    @Test
    void clueBoxesAreFilledByTheirState() {
        CaseFile c = result.caseFile();
        EvidenceLayout layout = EvidenceLayout.of(c);
        List<Evidence> clues = c.evidence().stream().filter(e -> !e.redHerring()).toList();
        String removed = clues.get(0).id();
        String found = clues.get(1).id();
        PanelFrame plain = evidence(null, Set.of(), Set.of(), null);
        PanelFrame marked = evidence(null, Set.of(removed), Set.of(found), null);
        int herrings = 0;
        for (Evidence e : c.evidence()) {
            int[] p = interior(layout, e.id());
            int expected = e.redHerring() ? argb(Colours.HERRING.darker()) : BOX;
            herrings += e.redHerring() ? 1 : 0;
            assertPixel(expected, plain, p[0], p[1], "box of " + e.id());
            int expectedMarked = e.id().equals(removed) ? GONE : e.id().equals(found) ? FOUND : expected;
            assertPixel(expectedMarked, marked, p[0], p[1], "box of " + e.id() + " with " + removed + " removed, " + found + " found");
        }
        assertTrue(herrings >= 1, "the sample has a herring");
        // A removed clue is greyed even when a playtest found it.
        PanelFrame both = evidence(null, Set.of(removed), Set.of(removed), null);
        int[] p = interior(layout, removed);
        assertPixel(GONE, both, p[0], p[1], "removed and found");
    }

    @Test
    void theMinimumPathAndTheSelectionAreOutlinedAndTheVerdictIsDrawnOnceChecked() {
        CaseFile c = result.caseFile();
        EvidenceLayout layout = EvidenceLayout.of(c);
        EvidenceAnalysis analysis = new EvidenceAnalysis.Checker().check(result, Set.of(), Set.of());
        assertTrue(analysis.report().solvable(), analysis.verdict());
        List<String> path = analysis.report().minimumPath();
        assertTrue(!path.isEmpty() && path.size() < c.evidence().size(), "a path that leaves clues out: " + path);
        String offPath = c.evidence().stream().map(Evidence::id).filter(id -> !path.contains(id)).findFirst().orElseThrow();
        PanelFrame checked = evidence(analysis, Set.of(), Set.of(), offPath);
        for (String id : path) {
            int[] p = topEdge(layout, id);
            assertPixel(argb(Colours.PATH), checked, p[0], p[1], "path outline of " + id);
        }
        int[] s = topEdge(layout, offPath);
        assertPixel(argb(Colours.SELECTION), checked, s[0], s[1], "selection outline of " + offPath);

        PanelFrame unchecked = evidence(null, Set.of(), Set.of(), null);
        for (String id : path) {
            int[] p = topEdge(layout, id);
            assertNotEquals(hex(argb(Colours.PATH)), hex(pixel(unchecked, p[0], p[1])), "no path before the checker answered: " + id);
        }
        // The verdict line sits above the boxes (baseline 22): ink only once the checker answered.
        assertTrue(inkIn(checked, 0, 0, 600, 30) > 20, "the verdict is drawn");
        assertEquals(0, inkIn(unchecked, 0, 0, 600, 30), "no verdict before the checker answered");
    }
}
