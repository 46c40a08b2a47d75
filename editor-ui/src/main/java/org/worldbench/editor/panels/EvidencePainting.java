package org.worldbench.editor.panels;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Set;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.cases.EvidenceGraph;
import org.worldbench.engine.checker.CheckReport;

/**
 * The evidence panel's picture: the graph in layers, the minimum path in blue, herrings in red,
 * critical clues marked "!", clues removed in what-if greyed, clues a playtest found in green, the
 * verdict on top and the spheres with the suspects standing at the bottom; the boxes scaled by
 * {@code scale} (see {@link EvidenceLayout#fit}) so they stay clear of the spheres' lines.
 *
 * @param analysis null until the checker has answered for this case
 */
record EvidencePainting(CaseFile caseFile, EvidenceLayout layout, EvidenceAnalysis analysis, Set<String> removed, Set<String> found,
        String selectedEvidence, double scale) implements PanelFrame.Painting {

    /** Height of one line of the spheres' legend. */
    static final int LINE = 16;

    /** The pixels the spheres' legend keeps free at the bottom for this analysis (none before it). */
    static double legendHeight(EvidenceAnalysis analysis) {
        return analysis == null || analysis.report() == null ? 0 : LINE * (analysis.report().spheres().size() + 1);
    }

    private static final Color EDGE = new Color(0x9AA4B2);
    private static final Color HERRING_BOX = Colours.HERRING.darker();
    private static final Color GONE = new Color(0x2A2A2A);
    private static final Color FOUND = new Color(0x2E7D32);
    private static final Color BOX = new Color(0x3A3F4B);
    private static final Color OUTLINE = new Color(0x777777);
    private static final Color GOOD = new Color(0x7EE07E);
    private static final Color BAD = new Color(0xFF7070);
    private static final Color SPHERES = new Color(0xC8C8C8);
    private static final BasicStroke EDGE_STROKE = new BasicStroke(1.5f);
    private static final BasicStroke BOLD = new BasicStroke(3);
    private static final BasicStroke THIN = new BasicStroke(1);

    @Override
    public void paint(Graphics2D g, int width, int height) {
        if (caseFile == null) {
            Labels.draw(g, "no case generated", 20, 30, Color.GRAY);
            return;
        }
        double w = EvidenceLayout.W;
        double h = EvidenceLayout.H;
        EvidenceGraph graph = caseFile.graph();
        var unscaled = g.getTransform();
        g.scale(scale, scale);
        g.setColor(EDGE);
        g.setStroke(EDGE_STROKE);
        for (var edge : graph.graph().edgeSet()) {
            double[] a = layout.boxes().get(graph.graph().getEdgeSource(edge));
            double[] b = layout.boxes().get(graph.graph().getEdgeTarget(edge));
            g.draw(new Line2D.Double(a[0] + w, a[1] + h / 2, b[0], b[1] + h / 2));
        }
        CheckReport report = analysis == null ? null : analysis.report();
        List<String> path = report == null ? List.of() : report.minimumPath();
        Set<String> critical = analysis == null ? Set.of() : analysis.critical();
        for (Evidence e : caseFile.evidence()) {
            double[] b = layout.boxes().get(e.id());
            boolean gone = removed.contains(e.id());
            var box = new RoundRectangle2D.Double(b[0], b[1], w, h, 8, 8);
            g.setColor(gone ? GONE : found.contains(e.id()) ? FOUND : e.redHerring() ? HERRING_BOX : BOX);
            g.fill(box);
            boolean selected = e.id().equals(selectedEvidence);
            boolean onPath = path.contains(e.id());
            g.setColor(selected ? Colours.SELECTION : onPath ? Colours.PATH : OUTLINE);
            g.setStroke(selected || onPath ? BOLD : THIN);
            g.draw(box);
            Labels.draw(g, (critical.contains(e.id()) ? "! " : "") + e.id() + " " + e.type().jsonName() + " @" + e.room(), b[0] + 6, b[1] + 18,
                    gone ? Color.GRAY : Color.WHITE);
        }
        g.setTransform(unscaled);
        if (analysis != null) {
            Labels.draw(g, analysis.verdict(), 20, 22, report != null && report.solvable() ? GOOD : BAD);
        }
        if (report != null) {
            double y = height - legendHeight(analysis);
            for (CheckReport.Sphere s : report.spheres()) {
                Labels.draw(g, "sphere " + s.index() + ": " + s.evidenceTaken() + " → standing " + s.suspectsStanding(), 20, y += LINE, SPHERES);
            }
        }
    }
}
