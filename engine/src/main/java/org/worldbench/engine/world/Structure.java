package org.worldbench.engine.world;

import java.util.Map;
import java.util.TreeMap;

/**
 * Something standing in a chunk: a station, a building, a landmark.
 *
 * @param id         unique within the chunk
 * @param kind       what it is (local_station, corporate_tower, landmark…)
 * @param x          chunk-local x of its footprint's corner (m)
 * @param y          chunk-local y (m)
 * @param width      footprint along x (m)
 * @param depth      footprint along y (m)
 * @param height     height (m)
 * @param importance 0 minor … 3 major: which LOD levels keep it
 * @param properties style, floors, footprint shape, materials, features, anomalies…, sorted by key
 */
public record Structure(String id, String kind, double x, double y, double width, double depth, double height,
        int importance, Map<String, String> properties) {

    public Structure {
        properties = java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
    }
}
