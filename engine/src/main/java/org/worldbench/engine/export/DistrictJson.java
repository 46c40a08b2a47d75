package org.worldbench.engine.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.worldbench.engine.district.AbilityPickup;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedConnection;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.tiles.TileMap;
import org.worldbench.engine.tiles.TileType;

/**
 * The {@code district} and {@code abilities} parts of the export JSON (DESIGN.md, "Export JSON").
 */
public final class DistrictJson {

    private DistrictJson() {
    }

    /** The {@code district} object. */
    public static ObjectNode district(District district) {
        ObjectNode out = CanonicalJson.object();
        out.put("width", district.width());
        out.put("height", district.height());
        ObjectNode legend = out.putObject("tileLegend");
        ArrayNode walkable = CanonicalJson.object().arrayNode();
        for (TileType type : TileType.values()) {
            legend.put(Integer.toString(type.code()), type.name().toLowerCase(java.util.Locale.ROOT));
            if (type.walkable()) {
                walkable.add(type.code());
            }
        }
        out.set("walkable", walkable);
        ArrayNode rows = out.putArray("tiles");
        TileMap tiles = district.tiles();
        for (int y = 0; y < tiles.height(); y++) {
            ArrayNode row = rows.addArray();
            for (int x = 0; x < tiles.width(); x++) {
                row.add(tiles.get(x, y).code());
            }
        }
        ArrayNode rooms = out.putArray("rooms");
        for (PlacedRoom room : district.rooms()) {
            rooms.add(room(room));
        }
        ArrayNode connections = out.putArray("connections");
        for (PlacedConnection c : district.connections()) {
            ObjectNode node = connections.addObject();
            node.put("id", c.id());
            node.put("from", c.connection().from());
            node.put("to", c.connection().to());
            node.put("doorType", c.connection().doorType().jsonName());
            node.put("required", c.connection().required());
            if (c.connection().requires() == null) {
                node.putNull("requires");
            } else {
                node.put("requires", c.connection().requires());
            }
            ArrayNode tiles2 = node.putArray("tiles");
            for (Point p : c.tiles()) {
                tiles2.addArray().add(p.x()).add(p.y());
            }
        }
        ObjectNode start = out.putObject("start");
        start.put("room", district.startRoom());
        start.put("x", district.start().x());
        start.put("y", district.start().y());
        return out;
    }

    private static ObjectNode room(PlacedRoom room) {
        ObjectNode node = CanonicalJson.object();
        node.put("id", room.id());
        node.put("type", room.type());
        node.put("templateId", room.templateId());
        node.put("x", room.bounds().x());
        node.put("y", room.bounds().y());
        node.put("width", room.bounds().width());
        node.put("height", room.bounds().height());
        node.put("rotation", room.rotation());
        if (room.anchor() == null) {
            node.putNull("anchor");
        } else {
            node.put("anchor", room.anchor());
        }
        node.put("pinned", room.pinned());
        node.put("seed", room.interiorSeed());
        ArrayNode doors = node.putArray("doors");
        room.doors().forEach(d -> doors.addObject().put("connection", d.connectionId()).put("x", d.x()).put("y", d.y())
                .put("side", d.side().jsonName()));
        ArrayNode subRooms = node.putArray("subRooms");
        room.subRooms().forEach(r -> subRooms.addArray().add(r.x()).add(r.y()).add(r.width()).add(r.height()));
        ArrayNode spots = node.putArray("spots");
        room.spots().forEach(s -> spots.addObject().put("id", s.id()).put("kind", s.kind()).put("x", s.x()).put("y", s.y()));
        return node;
    }

    /** The {@code abilities} object: abilities held at the start and the pickups. */
    public static ObjectNode abilities(District district) {
        ObjectNode out = CanonicalJson.object();
        out.putArray("start");
        ArrayNode pickups = out.putArray("pickups");
        for (AbilityPickup p : district.pickups()) {
            pickups.addObject().put("ability", p.ability()).put("room", p.room()).put("x", p.x()).put("y", p.y());
        }
        return out;
    }
}
