package org.worldbench.engine.district;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.layout.Accessibility;
import org.worldbench.engine.layout.Connection;
import org.worldbench.engine.layout.LayoutGraph;
import org.worldbench.engine.layout.RoomConstraints;
import org.worldbench.engine.layout.RoomNode;
import org.worldbench.engine.random.SeededRandom;
import org.worldbench.engine.random.Seeds;
import org.worldbench.engine.task.Monitor;
import org.worldbench.engine.template.TemplateLibrary;
import org.worldbench.engine.tiles.TileMap;
import org.worldbench.engine.tiles.TileType;

/**
 * Generates districts: a pure function of a {@link DistrictRequest} and the template library.
 *
 * <p>Two stages with separate randomness. The <em>layout</em> stage draws from one stream,
 * {@code (seed, "layout", "district")}: anchors at their pins, rooms in slots, doors, corridors,
 * the spanning tree, shortcuts, gates and pickup rooms. The <em>room</em> stage paints each room
 * from its own stream {@code (seed or override seed, "room", id)}: template, interior, spots and
 * pickup tile, inside its footprint only. Re-seeding a room, a subtree or a region therefore
 * changes exactly the tiles of the selected rooms; {@link #regenerate} repaints just those.
 *
 * <p>Thread-safe: instances hold only the immutable template catalogue. Runs in time linear in the
 * map area plus the corridor windows.
 */
public final class DistrictGenerator {

    /** Stage tag of the layout stream. */
    public static final String LAYOUT_STAGE = "layout";

    private final TemplateCatalog catalog;

    /** A generator drawing room templates from the library. */
    public DistrictGenerator(TemplateLibrary library) {
        this.catalog = new TemplateCatalog(library);
    }

    /** Generates a district; see {@link #generate(DistrictRequest, Monitor)}. */
    public District generate(DistrictRequest request) throws RequestException {
        return generate(request, Monitor.NONE);
    }

    /**
     * Generates a district.
     *
     * @throws RequestException when the anchors cannot all be honoured or an override names a part
     *                          that does not exist
     * @throws java.util.concurrent.CancellationException when the monitor cancels
     */
    public District generate(DistrictRequest request, Monitor monitor) throws RequestException {
        monitor.stage("layout", 0, 2);
        LayoutPlan plan = plan(request);
        monitor.checkCancelled();
        monitor.stage("rooms", 1, 2);
        Map<String, Long> seeds = RoomSeeds.resolve(plan, request.seed(), request.overrides());
        TileMap map = new TileMap(request.config().width(), request.config().height());
        List<PlacedRoom> rooms = paintRooms(plan, request.config(), seeds, map, null);
        for (PlacedConnection c : plan.connections()) {
            List<Point> tiles = c.tiles();
            for (int i = 1; i < tiles.size() - 1; i++) {
                map.set(tiles.get(i).x(), tiles.get(i).y(), TileType.FLOOR);
            }
        }
        return new District(request, plan, map, rooms, startTile(plan, rooms));
    }

    /**
     * Re-seeds parts of a district: the layout of {@code previous} is kept as it is and only rooms
     * whose resolved seed changes are repainted. Gives exactly what {@link #generate} gives for the
     * previous request with these overrides.
     *
     * @param overrides the complete list of overrides of the new request
     */
    public District regenerate(District previous, List<PartOverride> overrides) throws RequestException {
        DistrictRequest request = previous.request().withOverrides(overrides);
        LayoutPlan plan = previous.plan();
        Map<String, Long> seeds = RoomSeeds.resolve(plan, request.seed(), request.overrides());
        TileMap map = previous.tiles().copy();
        Map<String, PlacedRoom> old = new HashMap<>();
        previous.rooms().forEach(r -> old.put(r.id(), r));
        List<PlacedRoom> rooms = paintRooms(plan, request.config(), seeds, map, old);
        return new District(request, plan, map, rooms, startTile(plan, rooms));
    }

    private List<PlacedRoom> paintRooms(LayoutPlan plan, DistrictConfig config, Map<String, Long> seeds, TileMap map,
            Map<String, PlacedRoom> previousRooms) {
        RoomPainter painter = new RoomPainter(catalog, config);
        Map<String, List<String>> pickupOf = new HashMap<>();
        plan.pickupRooms().forEach((ability, room) -> pickupOf.computeIfAbsent(room, k -> new ArrayList<>()).add(ability));
        List<PlacedRoom> rooms = new ArrayList<>(plan.rooms().size());
        for (PlannedRoom room : plan.rooms()) {
            long seed = seeds.get(room.id());
            PlacedRoom before = previousRooms == null ? null : previousRooms.get(room.id());
            if (before != null && before.interiorSeed() == seed) {
                rooms.add(before);
            } else {
                rooms.add(painter.paint(room, plan.doors().getOrDefault(room.id(), List.of()), seed,
                        pickupOf.getOrDefault(room.id(), List.of()), map));
            }
        }
        return rooms;
    }

    /**
     * Runs the layout stage alone (rooms, doors, corridors, gates; no room interiors) and returns its
     * graph. The same graph {@link #generate} would give for this request.
     */
    public LayoutGraph layout(DistrictRequest request) throws RequestException {
        return plan(request).graph();
    }

    /** The layout stage alone. */
    LayoutPlan plan(DistrictRequest request) throws RequestException {
        DistrictConfig config = request.config();
        SeededRandom rng = Seeds.stream(request.seed(), LAYOUT_STAGE, "district");
        RoomPlanner planner = new RoomPlanner(config, catalog, rng);
        List<PlannedRoom> planned = planner.plan(request.anchors());
        String startId = planned.stream().filter(r -> !r.isAnchor()).findFirst().orElseThrow().id();
        ConnectionPlanner connector = new ConnectionPlanner(config, rng);
        List<ConnectionPlanner.Link> links = connector.candidates(planned, planner.owners(), planner.grid());
        ConnectionPlanner.Selection selection = connector.select(planned, links, startId);
        for (String id : selection.unreachable()) {
            for (int i = 0; i < request.anchors().size(); i++) {
                if (request.anchors().get(i).id().equals(id)) {
                    throw new RequestException("$.anchors[" + i + "]", "anchor '" + id
                            + "' cannot be connected: no corridor reaches any of its doors");
                }
            }
        }
        // Generated rooms no corridor could reach are left out rather than left stranded.
        Set<String> keep = selection.treeParent().keySet();
        List<PlannedRoom> rooms = planned.stream().filter(r -> keep.contains(r.id())).toList();
        List<String> roomIds = rooms.stream().map(PlannedRoom::id).toList();
        GatePlanner.Gates gates = new GatePlanner(config, rng).plan(selection, startId, roomIds);

        List<ConnectionPlanner.Link> kept = new ArrayList<>(selection.tree());
        kept.addAll(selection.shortcuts());
        Map<String, List<Door>> doors = new LinkedHashMap<>();
        List<PlacedConnection> placed = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            ConnectionPlanner.Link link = kept.get(i);
            Connection connection = gates.connections().get(i);
            Door a = link.doorA();
            Door b = link.doorB();
            doors.computeIfAbsent(link.a().id(), k -> new ArrayList<>()).add(new Door(connection.id(), a.x(), a.y(), a.side()));
            doors.computeIfAbsent(link.b().id(), k -> new ArrayList<>()).add(new Door(connection.id(), b.x(), b.y(), b.side()));
            placed.add(new PlacedConnection(connection, link.corridor()));
        }
        LayoutGraph graph = buildGraph(rooms, gates.connections(), startId);
        return new LayoutPlan(rooms, placed, doors, graph, startId, selection.treeParent(), gates.pickupRooms());
    }

    private static LayoutGraph buildGraph(List<PlannedRoom> rooms, List<Connection> connections, String startId) {
        LayoutGraph.Builder open = LayoutGraph.builder();
        for (PlannedRoom room : rooms) {
            open.addRoom(new RoomNode(room.id(), room.type(), room.type(), RoomConstraints.NONE));
        }
        connections.forEach(open::addConnection);
        Set<String> public_ = open.build().reachableFrom(startId, Set.of());
        LayoutGraph.Builder builder = LayoutGraph.builder();
        for (PlannedRoom room : rooms) {
            Accessibility access = public_.contains(room.id()) ? Accessibility.PUBLIC : Accessibility.LOCKED;
            RoomConstraints constraints = new RoomConstraints(room.isAnchor(),
                    room.isAnchor() ? new Point(room.bounds().x(), room.bounds().y()) : null, access, null,
                    room.isAnchor() ? "narrative_anchor" : (room.id().equals(startId) ? "start" : null));
            builder.addRoom(new RoomNode(room.id(), room.type(), room.type(), constraints));
        }
        connections.forEach(builder::addConnection);
        return builder.build();
    }

    private static Point startTile(LayoutPlan plan, List<PlacedRoom> rooms) {
        PlacedRoom start = rooms.stream().filter(r -> r.id().equals(plan.startRoom())).findFirst().orElseThrow();
        var b = start.bounds();
        return new Point(Math.max(b.x() + 1, Math.min(b.right() - 2, b.center().x())),
                Math.max(b.y() + 1, Math.min(b.bottom() - 2, b.center().y())));
    }
}
