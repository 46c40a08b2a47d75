package org.worldbench.engine.world;

import java.util.Arrays;

/**
 * Triangle geometry: vertices as x, y, z triples (metres, chunk-local), faces as vertex index
 * triples, one unit normal a vertex. Immutable (arrays are copied in and out).
 */
public final class Mesh {

    private final float[] vertices;
    private final int[] faces;
    private final float[] normals;

    public Mesh(float[] vertices, int[] faces, float[] normals) {
        if (vertices.length % 3 != 0 || faces.length % 3 != 0 || normals.length != vertices.length) {
            throw new IllegalArgumentException("a mesh needs xyz triples, triangle triples and one normal a vertex");
        }
        int count = vertices.length / 3;
        for (int f : faces) {
            if (f < 0 || f >= count) {
                throw new IllegalArgumentException("face index " + f + " is outside the " + count + " vertices");
            }
        }
        this.vertices = vertices.clone();
        this.faces = faces.clone();
        this.normals = normals.clone();
    }

    /** An empty mesh. */
    public static Mesh empty() {
        return new Mesh(new float[0], new int[0], new float[0]);
    }

    public int vertexCount() {
        return vertices.length / 3;
    }

    public int faceCount() {
        return faces.length / 3;
    }

    public float[] vertices() {
        return vertices.clone();
    }

    public int[] faces() {
        return faces.clone();
    }

    public float[] normals() {
        return normals.clone();
    }

    /** One coordinate of a vertex (axis 0 x, 1 y, 2 z). */
    public float vertex(int index, int axis) {
        return vertices[index * 3 + axis];
    }

    /** One coordinate of a normal. */
    public float normal(int index, int axis) {
        return normals[index * 3 + axis];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mesh m && Arrays.equals(vertices, m.vertices) && Arrays.equals(faces, m.faces)
                && Arrays.equals(normals, m.normals);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(vertices) + Arrays.hashCode(faces);
    }
}
