package org.worldbench.engine.world;

import java.util.Arrays;

/** Builds a {@link Mesh}: grids, boxes and prisms, with normals from the faces. Not thread-safe. */
public final class MeshBuilder {

    private float[] v = new float[3 * 64];
    private int[] f = new int[3 * 64];
    private int vn;
    private int fn;

    /** Adds a vertex; returns its index. */
    public int vertex(double x, double y, double z) {
        if ((vn + 1) * 3 > v.length) {
            v = Arrays.copyOf(v, v.length * 2);
        }
        v[vn * 3] = (float) x;
        v[vn * 3 + 1] = (float) y;
        v[vn * 3 + 2] = (float) z;
        return vn++;
    }

    /** Adds a triangle. */
    public void face(int a, int b, int c) {
        if ((fn + 1) * 3 > f.length) {
            f = Arrays.copyOf(f, f.length * 2);
        }
        f[fn * 3] = a;
        f[fn * 3 + 1] = b;
        f[fn * 3 + 2] = c;
        fn++;
    }

    /** Adds a quad a-b-c-d (counter-clockwise seen from its front) as two triangles. */
    public void quad(int a, int b, int c, int d) {
        face(a, b, c);
        face(a, c, d);
    }

    /** An axis-aligned box from (x, y, z) of size (w, d, h): 8 vertices, 12 triangles. */
    public void box(double x, double y, double z, double w, double d, double h) {
        int b = vertex(x, y, z);
        vertex(x + w, y, z);
        vertex(x + w, y + d, z);
        vertex(x, y + d, z);
        vertex(x, y, z + h);
        vertex(x + w, y, z + h);
        vertex(x + w, y + d, z + h);
        vertex(x, y + d, z + h);
        quad(b, b + 3, b + 2, b + 1);
        quad(b + 4, b + 5, b + 6, b + 7);
        quad(b, b + 1, b + 5, b + 4);
        quad(b + 1, b + 2, b + 6, b + 5);
        quad(b + 2, b + 3, b + 7, b + 6);
        quad(b + 3, b, b + 4, b + 7);
    }

    /** A vertical prism over a regular polygon (a cylinder at {@code sides} faces). */
    public void prism(double cx, double cy, double z, double radius, double h, int sides) {
        int base = vn;
        for (int i = 0; i < sides; i++) {
            double a = 2 * StrictMath.PI * i / sides;
            double x = cx + radius * StrictMath.cos(a);
            double y = cy + radius * StrictMath.sin(a);
            vertex(x, y, z);
            vertex(x, y, z + h);
        }
        for (int i = 0; i < sides; i++) {
            int j = (i + 1) % sides;
            quad(base + 2 * i, base + 2 * j, base + 2 * j + 1, base + 2 * i + 1);
        }
        for (int i = 1; i + 1 < sides; i++) {
            face(base + 1, base + 2 * i + 1, base + 2 * (i + 1) + 1);
        }
    }

    /** The mesh with area-weighted vertex normals (up for degenerate ones). */
    public Mesh build() {
        float[] vertices = Arrays.copyOf(v, vn * 3);
        int[] faces = Arrays.copyOf(f, fn * 3);
        double[] acc = new double[vn * 3];
        for (int i = 0; i < fn; i++) {
            int a = faces[i * 3];
            int b = faces[i * 3 + 1];
            int c = faces[i * 3 + 2];
            double ux = vertices[b * 3] - vertices[a * 3];
            double uy = vertices[b * 3 + 1] - vertices[a * 3 + 1];
            double uz = vertices[b * 3 + 2] - vertices[a * 3 + 2];
            double wx = vertices[c * 3] - vertices[a * 3];
            double wy = vertices[c * 3 + 1] - vertices[a * 3 + 1];
            double wz = vertices[c * 3 + 2] - vertices[a * 3 + 2];
            double nx = uy * wz - uz * wy;
            double ny = uz * wx - ux * wz;
            double nz = ux * wy - uy * wx;
            for (int k : new int[] {a, b, c}) {
                acc[k * 3] += nx;
                acc[k * 3 + 1] += ny;
                acc[k * 3 + 2] += nz;
            }
        }
        float[] normals = new float[vn * 3];
        for (int i = 0; i < vn; i++) {
            double len = StrictMath.sqrt(acc[i * 3] * acc[i * 3] + acc[i * 3 + 1] * acc[i * 3 + 1] + acc[i * 3 + 2] * acc[i * 3 + 2]);
            if (len < 1e-12) {
                normals[i * 3 + 2] = 1f;
            } else {
                normals[i * 3] = (float) (acc[i * 3] / len);
                normals[i * 3 + 1] = (float) (acc[i * 3 + 1] / len);
                normals[i * 3 + 2] = (float) (acc[i * 3 + 2] / len);
            }
        }
        return new Mesh(vertices, faces, normals);
    }
}
