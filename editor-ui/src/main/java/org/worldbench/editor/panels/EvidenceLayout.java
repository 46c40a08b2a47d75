package org.worldbench.editor.panels;

import java.util.HashMap;
import java.util.Map;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.cases.EvidenceGraph;

/**
 * Where each clue's box sits on the evidence panel: one column a layer of the evidence graph (what
 * unlocks what), left to right. Shared by the painting and the panel's hit test. Box coordinates
 * are at scale 1; a panel too small for them shows them scaled down ({@link #fit}), and the hit
 * test and box centres take that scale.
 */
record EvidenceLayout(Map<String, double[]> boxes) {

    static final double W = 150;
    static final double H = 28;
    /** Below this the labels are no longer readable: a larger case is cut off instead. */
    static final double MIN_SCALE = 0.5;
    private static final double MARGIN = 8;

    static EvidenceLayout of(CaseFile c) {
        Map<String, double[]> boxes = new HashMap<>();
        if (c != null) {
            EvidenceGraph graph = c.graph();
            Map<Integer, Integer> rows = new HashMap<>();
            for (Evidence e : c.evidence()) {
                int layer = graph.layer(e.id());
                int row = rows.merge(layer, 1, Integer::sum) - 1;
                boxes.put(e.id(), new double[] {20 + layer * (W + 50), 40 + row * (H + 14)});
            }
        }
        return new EvidenceLayout(Map.copyOf(boxes));
    }

    /**
     * The scale at which every box fits in {@code width} × {@code height} with {@code reservedBottom}
     * pixels kept free at the bottom (the spheres' lines): at most 1, at least {@link #MIN_SCALE}.
     */
    double fit(double width, double height, double reservedBottom) {
        double right = 0;
        double bottom = 0;
        for (double[] b : boxes.values()) {
            right = Math.max(right, b[0] + W);
            bottom = Math.max(bottom, b[1] + H);
        }
        if (right == 0) {
            return 1;
        }
        double scale = Math.min((width - MARGIN) / right, (height - reservedBottom - MARGIN) / bottom);
        return Math.max(MIN_SCALE, Math.min(1, scale));
    }

    /** The clue whose box holds a point of the panel drawn at {@code scale}, or null. */
    String clueAt(double x, double y, double scale) {
        return clueAt(x / scale, y / scale);
    }

    /** The centre of a clue's box on the panel drawn at {@code scale}, or null. */
    double[] centreOf(String id, double scale) {
        double[] c = centreOf(id);
        return c == null ? null : new double[] {c[0] * scale, c[1] * scale};
    }

    /** The clue whose box holds a point, or null. */
    private String clueAt(double x, double y) {
        for (Map.Entry<String, double[]> e : boxes.entrySet()) {
            double[] b = e.getValue();
            if (x >= b[0] && x <= b[0] + W && y >= b[1] && y <= b[1] + H) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The centre of a clue's box, or null. */
    private double[] centreOf(String id) {
        double[] b = boxes.get(id);
        return b == null ? null : new double[] {b[0] + W / 2, b[1] + H / 2};
    }
}
