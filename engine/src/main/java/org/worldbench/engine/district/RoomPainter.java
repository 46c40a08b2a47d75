package org.worldbench.engine.district;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.worldbench.engine.bsp.BspConfig;
import org.worldbench.engine.bsp.BspGenerator;
import org.worldbench.engine.bsp.BspResult;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.random.SeededRandom;
import org.worldbench.engine.template.InteractionPoint;
import org.worldbench.engine.template.RoomTemplate;
import org.worldbench.engine.tiles.TileMap;
import org.worldbench.engine.tiles.TileType;

/**
 * Paints one room into the tile map from its own stream: the template (any of its type with exactly
 * this footprint), a BSP interior for large rooms, its doors, a clear way from every door to the
 * centre, its spots and its ability pickup. Writes only inside the room's footprint, which is what
 * lets one room be re-seeded without touching a byte outside it.
 */
final class RoomPainter {

    private final TemplateCatalog catalog;
    private final BspConfig bspConfig;
    private final BspGenerator bsp = new BspGenerator();

    RoomPainter(TemplateCatalog catalog, DistrictConfig config) {
        this.catalog = catalog;
        this.bspConfig = new BspConfig(config.bspMinRoomSize(), config.bspMaxRoomSize(), config.bspMaxDepth(),
                0.35, 0.65, 1, 0.5);
    }

    /**
     * Paints the room and returns it as placed.
     *
     * @param room          the planned room
     * @param doors         its doors (one per connection)
     * @param interiorSeed  the seed of its own stream
     * @param pickupAbilities the abilities picked up here, in hand-out order
     * @param map           the district map to paint into
     */
    PlacedRoom paint(PlannedRoom room, List<Door> doors, long interiorSeed, List<String> pickupAbilities, TileMap map) {
        SeededRandom rng = new SeededRandom(interiorSeed);
        Rect b = room.bounds();
        TemplateVariant variant = room.isAnchor() ? room.layoutVariant() : chooseVariant(room, rng);
        RoomTemplate template = variant.template();
        for (int ly = 0; ly < b.height(); ly++) {
            for (int lx = 0; lx < b.width(); lx++) {
                TileType tile = TileType.ofCode(template.codeAt(lx, ly));
                boolean ring = lx == 0 || ly == 0 || lx == b.width() - 1 || ly == b.height() - 1;
                if (ring && tile == TileType.DOOR) {
                    tile = TileType.WALL; // doors come from connections alone
                }
                map.set(b.x() + lx, b.y() + ly, tile);
            }
        }
        List<Rect> subRooms = List.of();
        Rect inner = b.expand(-1);
        if (template.bspInterior() && inner.width() >= 3 && inner.height() >= 3) {
            BspResult interior = bsp.generate(inner, bspConfig, rng);
            interior.paintInto(map, inner);
            subRooms = interior.rooms();
        }
        Point centre = walkableNear(map, b, b.center());
        for (Door door : doors) {
            map.set(door.x(), door.y(), TileType.DOOR);
            carve(map, b, door.inside(), centre);
        }
        List<Spot> spots = new ArrayList<>();
        for (InteractionPoint p : template.interactionPoints()) {
            int x = b.x() + p.x();
            int y = b.y() + p.y();
            boolean fits = "container".equals(p.kind().jsonName()) || map.get(x, y).walkable();
            if (fits) {
                spots.add(new Spot(p.id(), p.kind().jsonName(), x, y));
            }
        }
        List<AbilityPickup> pickups = new ArrayList<>();
        Set<Point> taken = new HashSet<>();
        for (String ability : pickupAbilities) {
            Point tile = pickupTile(map, b, doors, spots, taken, rng);
            taken.add(tile);
            pickups.add(new AbilityPickup(ability, room.id(), tile.x(), tile.y()));
        }
        return new PlacedRoom(room.id(), room.type(), template.id(), b, variant.rotation(),
                room.isAnchor() ? room.anchor().id() : null, room.isAnchor(), interiorSeed, doors, subRooms, spots, pickups);
    }

    private TemplateVariant chooseVariant(PlannedRoom room, SeededRandom rng) {
        List<TemplateVariant> options = catalog.withFootprint(room.type(), room.bounds().width(), room.bounds().height());
        return options.isEmpty() ? room.layoutVariant() : rng.choice(options);
    }

    /**
     * Clears a path (L-shaped, horizontal first) from a door's inside tile to the room's centre, so
     * every door leads into the room whatever furniture or BSP walls stand in the way.
     */
    private static void carve(TileMap map, Rect b, Point from, Point to) {
        int x = from.x();
        int y = from.y();
        clear(map, b, x, y);
        while (x != to.x()) {
            x += Integer.signum(to.x() - x);
            clear(map, b, x, y);
        }
        while (y != to.y()) {
            y += Integer.signum(to.y() - y);
            clear(map, b, x, y);
        }
    }

    private static void clear(TileMap map, Rect b, int x, int y) {
        boolean ring = x == b.x() || y == b.y() || x == b.right() - 1 || y == b.bottom() - 1;
        if (!ring && !map.get(x, y).walkable()) {
            map.set(x, y, TileType.FLOOR);
        }
    }

    /** The interior tile nearest the given one (the centre itself when inside the ring). */
    private static Point walkableNear(TileMap map, Rect b, Point p) {
        int x = Math.max(b.x() + 1, Math.min(b.right() - 2, p.x()));
        int y = Math.max(b.y() + 1, Math.min(b.bottom() - 2, p.y()));
        return new Point(x, y);
    }

    private static Point pickupTile(TileMap map, Rect b, List<Door> doors, List<Spot> spots, Set<Point> earlier,
            SeededRandom rng) {
        Set<Point> taken = new HashSet<>(earlier);
        for (Door d : doors) {
            taken.add(d.inside());
        }
        for (Spot s : spots) {
            taken.add(new Point(s.x(), s.y()));
        }
        List<Point> options = new ArrayList<>();
        for (int y = b.y() + 1; y < b.bottom() - 1; y++) {
            for (int x = b.x() + 1; x < b.right() - 1; x++) {
                Point p = new Point(x, y);
                if (map.get(x, y) == TileType.FLOOR && !taken.contains(p)) {
                    options.add(p);
                }
            }
        }
        return options.isEmpty() ? walkableNear(map, b, b.center()) : rng.choice(options);
    }
}
