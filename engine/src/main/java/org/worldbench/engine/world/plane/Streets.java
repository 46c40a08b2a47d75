package org.worldbench.engine.world.plane;

import java.util.ArrayList;
import java.util.List;

/**
 * Street networks as functions of global coordinates, so a street leaving a chunk enters its
 * neighbour at the same point. Every district has arterials through the middle of each chunk (they
 * tie districts together); downtown adds a dense grid, residential wavy lanes, slums diagonals, and
 * industrial keeps to the arterials (sparse).
 */
final class Streets {

    /** A street as a polyline of global points. */
    record Street(String kind, List<double[]> points) {
    }

    private Streets() {
    }

    /**
     * Where axis-aligned streets cut the chunk (chunk-local offsets, sorted, borders included): the
     * lines the city blocks lie between. Wavy lanes and diagonals are not axis-aligned; blocks in
     * those districts lie between the arterials.
     */
    static double[] cuts(District district, double size) {
        java.util.TreeSet<Double> at = new java.util.TreeSet<>(java.util.List.of(0.0, size / 2, size));
        if (district.streetNetwork().equals("grid")) {
            double step = size / 4;
            for (int k = 0; k < 4; k++) {
                at.add(step * k + step / 2);
            }
        }
        return at.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The streets crossing the chunk square [x0, x0+size) × [y0, y0+size). */
    static List<Street> in(District district, double x0, double y0, double size) {
        List<Street> out = new ArrayList<>();
        double mid = size / 2;
        out.add(line("arterial", x0, y0 + mid, x0 + size, y0 + mid));
        out.add(line("arterial", x0 + mid, y0, x0 + mid, y0 + size));
        switch (district.streetNetwork()) {
            case "grid" -> {
                double step = size / 4;
                for (int k = 0; k < 4; k++) {
                    double at = step * k + step / 2;
                    if (Math.abs(at - mid) > 1) {
                        out.add(line("street", x0, y0 + at, x0 + size, y0 + at));
                        out.add(line("street", x0 + at, y0, x0 + at, y0 + size));
                    }
                }
            }
            case "organic" -> {
                for (double base : new double[] {size / 4, 3 * size / 4}) {
                    List<double[]> points = new ArrayList<>();
                    for (int i = 0; i <= 16; i++) {
                        double x = x0 + size * i / 16;
                        points.add(new double[] {x, y0 + base + 12 * StrictMath.sin(2 * StrictMath.PI * x / 173.0)});
                    }
                    out.add(new Street("lane", points));
                }
            }
            case "radial" -> {
                // Diagonals x - y = c for c on a global lattice, clipped to the chunk.
                double spacing = size / 2;
                double cLow = Math.ceil((x0 - (y0 + size)) / spacing) * spacing;
                for (double c = cLow; c <= (x0 + size) - y0; c += spacing) {
                    double sx = Math.max(x0, y0 + c);
                    double ex = Math.min(x0 + size, y0 + size + c);
                    if (ex - sx > 1e-9) {
                        out.add(line("avenue", sx, sx - c, ex, ex - c));
                    }
                }
            }
            default -> {
                // sparse: arterials only
            }
        }
        return out;
    }

    private static Street line(String kind, double ax, double ay, double bx, double by) {
        return new Street(kind, List.of(new double[] {ax, ay}, new double[] {bx, by}));
    }
}
