package org.worldbench.editor.playtest;

import com.almasb.fxgl.dsl.FXGL;
import com.almasb.fxgl.entity.Entity;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.worldbench.engine.district.District;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.tiles.TileType;

/**
 * Spawns a generation into the FXGL world (seed 003's LevelSpawnSystem): the walls and floors of
 * the tile map as one image, gated doors, the player at the start, and every populated entity —
 * NPCs, evidence, enemies, interactables, ability pickups, quest triggers. Despawns everything
 * before each spawn, so a regeneration leaves nothing behind.
 */
final class PlaytestSpawner {

    /** Pixels a tile. */
    static final int TILE = 7;

    private final Map<String, Entity> byId = new HashMap<>();
    private Entity player;
    private WritableImage mapImage;
    private District mapOf;

    /** Removes every entity of the world. */
    void despawn() {
        FXGL.getGameWorld().getEntitiesCopy().forEach(Entity::removeFromWorld);
        byId.clear();
        player = null;
    }

    /** Spawns a session's generation; returns the number of entities now in the world. */
    int spawn(PlaytestSession session) {
        despawn();
        District d = session.result().district();
        ImageView view = new ImageView(mapImage(d));
        view.setSmooth(false);
        view.setFitWidth(d.width() * TILE);
        view.setFitHeight(d.height() * TILE);
        java.util.List<Entity> batch = new java.util.ArrayList<>();
        batch.add(FXGL.entityBuilder().at(0, 0).view(view).build());
        for (var gate : org.worldbench.engine.playtest.DoorGates.of(d).entrySet()) {
            byId.put("gate:" + gate.getKey().x() + "," + gate.getKey().y(), at(batch, gate.getKey(), Color.web("#ff3b3b"), TILE));
        }
        for (org.worldbench.engine.population.Entity e : session.result().population().entities()) {
            Color colour = switch (e.kind()) {
                case "npc" -> Color.web("#c0c0ff");
                case "enemy" -> Color.web("#ff6b6b");
                case "evidence" -> Color.web("#ffd54a");
                case "pickup" -> Color.web("#22dd66");
                case "quest_trigger" -> Color.web("#ff9ff3");
                default -> Color.web("#c7943e");
            };
            String key = e.kind().equals("evidence") ? e.properties().get("evidence")
                    : e.kind().equals("pickup") ? "pickup:" + e.x() + "," + e.y() : e.id();
            byId.put(key, at(batch, new Point(e.x(), e.y()), colour, TILE - 2));
        }
        player = at(batch, d.start(), Color.web("#4fb3ff"), TILE);
        // One batch into the world: one round of world and scene updates instead of one an entity.
        FXGL.getGameWorld().addEntities(batch.toArray(Entity[]::new));
        return FXGL.getGameWorld().getEntitiesCopy().size();
    }

    /** The tile map as an image, a pixel a tile; made once a district (a respawn reuses it). */
    private WritableImage mapImage(District d) {
        if (mapOf != d) {
            WritableImage map = new WritableImage(d.width(), d.height());
            PixelWriter pw = map.getPixelWriter();
            for (int y = 0; y < d.height(); y++) {
                for (int x = 0; x < d.width(); x++) {
                    TileType t = d.tiles().get(x, y);
                    pw.setArgb(x, y, t == TileType.WALL ? 0xFF8E96A3 : t.walkable() ? 0xFF3A3F4B : 0xFF15171C);
                }
            }
            mapImage = map;
            mapOf = d;
        }
        return mapImage;
    }

    /** Moves the player's entity to its tile. */
    void place(Point tile) {
        if (player != null) {
            player.setPosition(tile.x() * TILE, tile.y() * TILE);
        }
    }

    /** Removes what the player took (clue ids and {@code ability:} entries) from the world. */
    void taken(PlaytestSession session, java.util.List<String> got) {
        for (String id : got) {
            if (id.startsWith("ability:")) {
                session.result().district().pickups().stream().filter(p -> id.equals("ability:" + p.ability())).forEach(p -> {
                    Entity e = byId.remove("pickup:" + p.x() + "," + p.y());
                    if (e != null) {
                        e.removeFromWorld();
                    }
                });
            } else {
                Entity e = byId.remove(id);
                if (e != null) {
                    e.removeFromWorld();
                }
            }
        }
    }

    private static Entity at(java.util.List<Entity> batch, Point tile, Color colour, int size) {
        int offset = (TILE - size) / 2;
        // A bare entity with one view node: the builder's spawn bookkeeping costs more than the rest.
        Entity e = new Entity();
        e.setPosition(tile.x() * TILE + offset, tile.y() * TILE + offset);
        e.getViewComponent().addChild(new Rectangle(size, size, colour));
        batch.add(e);
        return e;
    }
}
