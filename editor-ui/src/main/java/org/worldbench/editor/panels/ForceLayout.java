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
    /** Tiles kept free at the drawing's edges, so no node is cut in half. */
    static final double MARGIN = 3;
    /** How much larger than the drawing the box the algorithm works in is. */
    private static final double ROOMY = 4;
    /**
     * The algorithm's normalization factor (its ideal edge length, as a share of the box's room per
     * vertex): at JGraphT's default of 0.5 a district's rooms, a sparse graph, spread to the box's
     * edges; at 0.15 the drawing fills about half the box and no room touches an edge.
     */
    private static final double SPACING = 0.15;

    /** The drawing of one district. */
    private record Drawn(District district, Map<String, double[]> centres) {
    }

    // Replaced whole, never changed: the FX thread reads it without waiting for a layout in progress.
    private volatile Drawn drawn;

    /**
     * The rooms' centres (tile x, tile y) for this district, computed on the first call for it and
     * kept. Called on the paint thread; the FX thread reads what is there with {@link #ifComputed}.
     */
    Map<String, double[]> centres(District d) {
        Drawn now = drawn;
        if (now == null || now.district() != d) {
            now = new Drawn(d, compute(d));
            drawn = now;
        }
        return now.centres();
    }

    /** The centres if they have been computed for this district, else null (FX thread: never computes, never waits). */
    Map<String, double[]> ifComputed(District d) {
        Drawn now = drawn;
        return now != null && now.district() == d ? now.centres() : null;
    }

    static Map<String, double[]> compute(District d) {
        // Laid out in a box much larger than the drawing needs, with rooms kept close (SPACING), so
        // no room is pressed against its edges: the algorithm clamps rooms to the box, and clamped
        // rooms pile up on the border. Then scaled, keeping proportions, into the district's box.
        double width = Math.max(1, d.width() - 2 * MARGIN);
        double height = Math.max(1, d.height() - 2 * MARGIN);
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(new Box2D(ROOMY * width, ROOMY * height));
        new FRLayoutAlgorithm2D<String, org.worldbench.engine.layout.Connection>(ITERATIONS, SPACING, new Random(d.seed()))
                .layout(d.graph().graph(), model);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Map.Entry<String, Point2D> e : model) {
            minX = Math.min(minX, e.getValue().getX());
            minY = Math.min(minY, e.getValue().getY());
            maxX = Math.max(maxX, e.getValue().getX());
            maxY = Math.max(maxY, e.getValue().getY());
        }
        double scale = Math.min(width / Math.max(1e-9, maxX - minX), height / Math.max(1e-9, maxY - minY));
        double left = MARGIN + (width - scale * (maxX - minX)) / 2;
        double top = MARGIN + (height - scale * (maxY - minY)) / 2;
        Map<String, double[]> out = new HashMap<>();
        for (Map.Entry<String, Point2D> e : model) {
            out.put(e.getKey(), new double[] {left + scale * (e.getValue().getX() - minX), top + scale * (e.getValue().getY() - minY)});
        }
        return Map.copyOf(out);
    }
}
