package org.worldbench.engine.diff;

import java.util.List;

/**
 * What changed between two generations, layer by layer.
 *
 * @param roomsAdded         rooms only in the second
 * @param roomsRemoved       rooms only in the first
 * @param roomsMoved         rooms whose footprint moved or changed size
 * @param roomsRetemplated   rooms that kept their footprint but changed template or rotation
 * @param tilesChanged       number of tiles that differ (maps of different sizes: every tile of the union)
 * @param changedTiles       the differing tiles as {x, y} pairs (row-major)
 * @param connectionsAdded   connections only in the second (id: from-to)
 * @param connectionsRemoved connections only in the first
 * @param connectionsChanged connections whose ends, door type or gate changed
 * @param evidenceMoved      clues whose room or tile changed
 * @param evidenceRegated    clues whose requirements (tokens or ability) changed
 * @param evidenceAddedOrRemoved clues present in only one of the two
 */
public record DiffReport(List<String> roomsAdded, List<String> roomsRemoved, List<String> roomsMoved,
        List<String> roomsRetemplated, int tilesChanged, List<int[]> changedTiles, List<String> connectionsAdded,
        List<String> connectionsRemoved, List<String> connectionsChanged, List<String> evidenceMoved,
        List<String> evidenceRegated, List<String> evidenceAddedOrRemoved) {

    /** True when nothing differs. */
    public boolean identical() {
        return roomsAdded.isEmpty() && roomsRemoved.isEmpty() && roomsMoved.isEmpty() && roomsRetemplated.isEmpty()
                && tilesChanged == 0 && connectionsAdded.isEmpty() && connectionsRemoved.isEmpty() && connectionsChanged.isEmpty()
                && evidenceMoved.isEmpty() && evidenceRegated.isEmpty() && evidenceAddedOrRemoved.isEmpty();
    }

    /** One summary line a layer. */
    public List<String> summary() {
        return List.of(
                "rooms: " + roomsAdded.size() + " added, " + roomsRemoved.size() + " removed, " + roomsMoved.size() + " moved, "
                        + roomsRetemplated.size() + " re-templated",
                "tiles: " + tilesChanged + " changed",
                "connections: " + connectionsAdded.size() + " added, " + connectionsRemoved.size() + " removed, "
                        + connectionsChanged.size() + " changed",
                "evidence: " + evidenceMoved.size() + " moved, " + evidenceRegated.size() + " re-gated, "
                        + evidenceAddedOrRemoved.size() + " added or removed");
    }
}
