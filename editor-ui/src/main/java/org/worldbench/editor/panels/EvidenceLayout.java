package org.worldbench.editor.panels;

import java.util.HashMap;
import java.util.Map;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.cases.EvidenceGraph;

/**
 * Where each clue's box sits on the evidence panel: one column a layer of the evidence graph (what
 * unlocks what), left to right. Shared by the painting and the panel's hit test.
 */
record EvidenceLayout(Map<String, double[]> boxes) {

    static final double W = 150;
    static final double H = 28;

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

    /** The clue whose box holds a point, or null. */
    String clueAt(double x, double y) {
        for (Map.Entry<String, double[]> e : boxes.entrySet()) {
            double[] b = e.getValue();
            if (x >= b[0] && x <= b[0] + W && y >= b[1] && y <= b[1] + H) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The centre of a clue's box, or null. */
    double[] centreOf(String id) {
        double[] b = boxes.get(id);
        return b == null ? null : new double[] {b[0] + W / 2, b[1] + H / 2};
    }
}
