package org.worldbench.engine.district;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.layout.LayoutGraph;
import org.worldbench.engine.tiles.TileMap;

/**
 * A generated district: the request it answers, its tile map, rooms, connections with corridors,
 * layout graph, start and ability pickups. Immutable: the tile map is read-only and every list is
 * unmodifiable. Produced by {@link DistrictGenerator}.
 */
public final class District {

    private final DistrictRequest request;
    private final LayoutPlan plan;
    private final TileMap tiles;
    private final List<PlacedRoom> rooms;
    private final Point start;

    District(DistrictRequest request, LayoutPlan plan, TileMap tiles, List<PlacedRoom> rooms, Point start) {
        this.request = request;
        this.plan = plan;
        this.tiles = tiles.readOnly();
        this.rooms = List.copyOf(rooms);
        this.start = start;
    }

    /** The request this district answers. */
    public DistrictRequest request() {
        return request;
    }

    /** The world seed. */
    public long seed() {
        return request.seed();
    }

    /** Map width in tiles. */
    public int width() {
        return tiles.width();
    }

    /** Map height in tiles. */
    public int height() {
        return tiles.height();
    }

    /** The read-only tile map. */
    public TileMap tiles() {
        return tiles;
    }

    /** Rooms in id order of creation (anchors first). */
    public List<PlacedRoom> rooms() {
        return rooms;
    }

    /** The room with this id. */
    public Optional<PlacedRoom> room(String id) {
        return rooms.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Connections with their corridors: main doors first (breadth first from the start), then shortcuts. */
    public List<PlacedConnection> connections() {
        return plan.connections();
    }

    /** The layout graph. */
    public LayoutGraph graph() {
        return plan.graph();
    }

    /** Id of the start room. */
    public String startRoom() {
        return plan.startRoom();
    }

    /** The tile the player starts on. */
    public Point start() {
        return start;
    }

    /** Ability pickups in the order abilities are handed out. */
    public List<AbilityPickup> pickups() {
        return rooms.stream().flatMap(r -> r.pickups().stream())
                .sorted(java.util.Comparator.comparingInt(p -> request.config().abilities().indexOf(p.ability())))
                .toList();
    }

    /** Parent of each room in the spanning tree from the start (the start maps to null). */
    public Map<String, String> treeParent() {
        return plan.treeParent();
    }

    /** The room and every room below it in the spanning tree. */
    public List<String> subtree(String roomId) {
        return plan.subtree(roomId);
    }

    LayoutPlan plan() {
        return plan;
    }
}
