package org.worldbench.engine.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.district.Spot;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.random.SeededRandom;
import org.worldbench.engine.tiles.TileType;

/**
 * Puts designed clues into rooms and onto tiles. Level-0 clues go to the crime scene; the rest to
 * case rooms near it, in rooms that open no later than the motive's room; gated clues behind the
 * district's ability gates. Tiles are the rooms' evidence spots first, then container and NPC spots,
 * then free floor; no two clues share a tile.
 */
final class CluePlacer {

    private final District district;
    private final DistrictRounds rounds;
    private final SeededRandom rng;
    private final Set<Point> used = new HashSet<>();

    CluePlacer(District district, DistrictRounds rounds, SeededRandom rng) {
        this.district = district;
        this.rounds = rounds;
        this.rng = rng;
    }

    /** Rooms for clues: near an anchor when the district has anchors (narrative coherence), else any. */
    List<String> caseRooms(String crimeScene) {
        List<PlacedRoom> anchors = district.rooms().stream().filter(r -> r.anchor() != null).toList();
        Map<String, Integer> fromScene = district.graph().distancesFrom(crimeScene);
        List<String> out = new ArrayList<>();
        for (PlacedRoom room : district.rooms()) {
            if (rounds.of(room.id()) == Integer.MAX_VALUE || fromScene.getOrDefault(room.id(), 99) > 4) {
                continue;
            }
            boolean nearAnchor = anchors.isEmpty() || anchors.stream()
                    .anyMatch(a -> district.graph().distancesFrom(a.id()).getOrDefault(room.id(), 99) <= 5);
            if (nearAnchor) {
                out.add(room.id());
            }
        }
        return out;
    }

    /** Places every clue; returns the evidence in clue order. */
    List<Evidence> place(List<ClueSpec> clues, String crimeScene, List<String> caseRooms, Map<String, String> witnesses) {
        int sceneRound = rounds.of(crimeScene);
        List<String> gatedRooms = rounds.within(caseRooms, Math.max(1, sceneRound + 1), rounds.max());
        String motiveRoom = null;
        for (ClueSpec c : clues) {
            if (c.deepest()) {
                motiveRoom = c.gated() && !gatedRooms.isEmpty() ? deepestOf(gatedRooms) : pickRoom(rounds.within(caseRooms, 0, sceneRound), crimeScene);
            }
        }
        int motiveRound = motiveRoom == null ? sceneRound : rounds.of(motiveRoom);
        List<String> open = rounds.within(caseRooms, 0, motiveRound);
        List<String> gatedBeforeMotive = rounds.within(caseRooms, 1, motiveRound);
        List<Evidence> out = new ArrayList<>();
        for (ClueSpec c : clues) {
            String room;
            if (c.deepest()) {
                room = motiveRoom;
            } else if (c.level() == 0 && !c.gated() && !c.redHerring()) {
                room = crimeScene;
            } else if (c.gated() && !gatedBeforeMotive.isEmpty()) {
                room = rng.choice(gatedBeforeMotive);
            } else {
                room = pickRoom(open, crimeScene);
            }
            java.util.Optional<Point> found = tileIn(district.room(room).orElseThrow(), c.isTestimony());
            if (found.isEmpty()) {
                // A cramped room is full: the clue moves to the roomiest open case room with space.
                for (String other : roomiest(open.isEmpty() ? List.of(crimeScene) : open)) {
                    found = tileIn(district.room(other).orElseThrow(), c.isTestimony());
                    if (found.isPresent()) {
                        room = other;
                        break;
                    }
                }
            }
            Point tile = found.orElseThrow(() -> new IllegalStateException("no free floor left for clue " + c.id()));
            out.add(new Evidence(c.id(), c.type(), c.name(), room, tile.x(), tile.y(), c.reveals(), c.requires(), null,
                    c.redHerring(), c.pointsAt(), witnesses.get(c.id())));
        }
        return out;
    }

    private String deepestOf(List<String> rooms) {
        int deepest = rooms.stream().mapToInt(rounds::of).max().orElse(0);
        return rng.choice(rooms.stream().filter(r -> rounds.of(r) == deepest).toList());
    }

    private String pickRoom(List<String> rooms, String fallback) {
        return rooms.isEmpty() ? fallback : rng.choice(rooms);
    }

    private List<String> roomiest(List<String> rooms) {
        return rooms.stream().sorted(java.util.Comparator.comparingInt(
                (String id) -> -district.room(id).orElseThrow().bounds().area()).thenComparing(id -> id)).toList();
    }

    private java.util.Optional<Point> tileIn(PlacedRoom room, boolean testimony) {
        List<String> preference = testimony ? List.of("npc", "evidence", "quest_trigger") : List.of("evidence", "container", "npc");
        for (String kind : preference) {
            List<Point> spots = new ArrayList<>();
            for (Spot s : room.spots()) {
                Point p = new Point(s.x(), s.y());
                if (s.kind().equals(kind) && !used.contains(p) && district.tiles().get(s.x(), s.y()).walkable()) {
                    spots.add(p);
                }
            }
            if (!spots.isEmpty()) {
                Point p = rng.choice(spots);
                used.add(p);
                return java.util.Optional.of(p);
            }
        }
        List<Point> floor = new ArrayList<>();
        var b = room.bounds();
        Set<Point> doorsInside = new HashSet<>();
        room.doors().forEach(d -> doorsInside.add(d.inside()));
        room.pickups().forEach(p -> doorsInside.add(new Point(p.x(), p.y())));
        for (int y = b.y() + 1; y < b.bottom() - 1; y++) {
            for (int x = b.x() + 1; x < b.right() - 1; x++) {
                Point p = new Point(x, y);
                if (district.tiles().get(x, y) == TileType.FLOOR && !used.contains(p) && !doorsInside.contains(p)) {
                    floor.add(p);
                }
            }
        }
        if (floor.isEmpty()) {
            return java.util.Optional.empty();
        }
        Point p = rng.choice(floor);
        used.add(p);
        return java.util.Optional.of(p);
    }
}
