package org.worldbench.editor.panels;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.worldbench.engine.district.District;

/**
 * A force-directed drawing of a district's layout graph (JGraphT's Fruchterman–Reingold), for
 * seeing its topology apart from where the rooms were placed: rooms that connect pull together,
 * all rooms push apart. Positions are in tiles, inside the district's box, so the panel's zoom
 * and pan treat them as they treat placed positions. Seeded by the district's seed: the same
 * district is always drawn the same way.
 */
final class ForceLayout {

    private static final int ITERATIONS = 150;
    /** Tiles kept free at the box's edges: the algorithm pushes outer rooms onto the edge, where a node would be cut in half. */
    static final double MARGIN = 3;

    private District district;
    private Map<String, double[]> centres;

    /**
     * The rooms' centres (tile x, tile y) for this district, computed on the first call for it and
     * kept. Safe on any thread; the paint thread computes it, the FX thread reads what is there.
     */
    synchronized Map<String, double[]> centres(District d) {
        if (d != district) {
            centres = compute(d);
            district = d;
        }
        return centres;
    }

    /** The centres if they have been computed for this district, else null (FX thread: never computes). */
    synchronized Map<String, double[]> ifComputed(District d) {
        return d == district ? centres : null;
    }

    static Map<String, double[]> compute(District d) {
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(
                new Box2D(MARGIN, MARGIN, Math.max(1, d.width() - 2 * MARGIN), Math.max(1, d.height() - 2 * MARGIN)));
        new FRLayoutAlgorithm2D<String, org.worldbench.engine.layout.Connection>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                new Random(d.seed())).layout(d.graph().graph(), model);
        Map<String, double[]> out = new HashMap<>();
        for (Map.Entry<String, Point2D> e : model) {
            out.put(e.getKey(), new double[] {e.getValue().getX(), e.getValue().getY()});
        }
        return Map.copyOf(out);
    }
}
