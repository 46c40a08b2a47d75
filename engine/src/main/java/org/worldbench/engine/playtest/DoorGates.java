package org.worldbench.engine.playtest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedConnection;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.tiles.TileMap;

/**
 * Which door tiles are shut and what opens them: the door tiles of gated connections, with the
 * abilities any of which opens each. A door an anchor shares between corridors opens for any of
 * its connections, as the layout graph lets each of them pass; an ungated one among them leaves
 * it open. Shared by the bot and the playable session, so both walk by the same rules.
 */
public final class DoorGates {

    private DoorGates() {
    }

    /** The shut door tiles of a district. */
    public static Map<Point, Set<String>> of(District d) {
        Map<Point, Set<String>> out = new HashMap<>();
        Set<Point> open = new HashSet<>();
        for (PlacedConnection c : d.connections()) {
            for (String roomId : List.of(c.connection().from(), c.connection().to())) {
                PlacedRoom room = d.room(roomId).orElseThrow();
                room.door(c.id()).ifPresent(door -> {
                    if (c.connection().requires() == null) {
                        open.add(door.tile());
                    } else {
                        out.computeIfAbsent(door.tile(), k -> new HashSet<>()).add(c.connection().requires());
                    }
                });
            }
        }
        open.forEach(out::remove);
        return out;
    }

    /** True when a player holding {@code abilities} can stand on the tile. */
    public static boolean passable(TileMap tiles, Map<Point, Set<String>> gates, int x, int y, Set<String> abilities) {
        if (!tiles.isWalkable(x, y)) {
            return false;
        }
        Set<String> opens = gates.get(new Point(x, y));
        return opens == null || opens.stream().anyMatch(abilities::contains);
    }
}
