package org.worldbench.engine.world.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.Structure;

/**
 * A designer's (or player's) edit of a chunk, stored over the seed: cells set to new values (strip),
 * structures added and structures removed. Applied after every generation, so it survives
 * re-seeding and regeneration. A chunk with an edit carries significant state and is never evicted.
 *
 * @param cells   "row,col" → new cell value
 * @param added   structures to add
 * @param removed ids of generated structures to remove
 */
public record ChunkEdit(Map<String, Byte> cells, List<Structure> added, Set<String> removed) {

    public ChunkEdit {
        cells = java.util.Collections.unmodifiableMap(new TreeMap<>(cells));
        added = List.copyOf(added);
        removed = Set.copyOf(removed);
    }

    /** The chunk with this edit applied. */
    public Chunk applyTo(Chunk chunk) {
        byte[][] cellsCopy = chunk.cells();
        for (Map.Entry<String, Byte> e : cells.entrySet()) {
            String[] rc = e.getKey().split(",");
            int r = Integer.parseInt(rc[0]);
            int c = Integer.parseInt(rc[1]);
            if (r >= 0 && r < cellsCopy.length && c >= 0 && c < cellsCopy[r].length) {
                cellsCopy[r][c] = e.getValue();
            }
        }
        List<Structure> structures = new ArrayList<>();
        chunk.structures().stream().filter(s -> !removed.contains(s.id())).forEach(structures::add);
        structures.addAll(added);
        java.util.Map<String, String> meta = new java.util.LinkedHashMap<>(chunk.metadata());
        meta.put("edited", "true");
        return new Chunk(chunk.id(), chunk.lod(), chunk.seed(), chunk.geometry(), structures, chunk.resourceNodes(), cellsCopy, meta);
    }
}
