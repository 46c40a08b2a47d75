package org.worldbench.engine.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.cases.EvidenceType;
import org.worldbench.engine.cases.Npc;
import org.worldbench.engine.district.AbilityPickup;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedConnection;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.district.Spot;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.random.SeededRandom;
import org.worldbench.engine.random.Seeds;

/**
 * Populates a district (seed 003, phase 6): clues and ability pickups where the case and the
 * district put them; witnesses at their testimonies; suspects, the victim and the fixed NPCs of
 * narrative anchors; background NPCs by density; enemies of hostile factions; interactables (gated
 * doors, containers, terminals); quest triggers. Every entity on its own walkable tile; door
 * thresholds and the start stay clear.
 *
 * <p>Draws from the stream {@code (seed, "population", "district")}. O(rooms · room area).
 */
public final class Populator {

    /** Stage tag of the population stream. */
    public static final String STAGE = "population";

    /** Factions and how hostile each is (chance a room it controls holds enemies). */
    private static final Map<String, Double> FACTIONS = Map.of("syndicate", 0.7, "dockers", 0.35, "civic", 0.0);
    private static final List<String> FACTION_ORDER = List.of("civic", "dockers", "syndicate");
    /** Default chance that a room holds a background NPC. */
    public static final double DEFAULT_DENSITY = 0.35;

    private final double backgroundDensity;

    /** A populator with the default background density. */
    public Populator() {
        this(DEFAULT_DENSITY);
    }

    /** A populator placing a background NPC in a room with probability {@code backgroundDensity} (0..1). */
    public Populator(double backgroundDensity) {
        if (!(backgroundDensity >= 0 && backgroundDensity <= 1)) {
            throw new IllegalArgumentException("background density must be 0..1, was " + backgroundDensity);
        }
        this.backgroundDensity = backgroundDensity;
    }

    /** Places every entity. */
    public Population populate(District district, CaseFile caseFile, long seed) {
        SeededRandom rng = Seeds.stream(seed, STAGE, "district");
        TileClaims claims = new TileClaims(district);
        List<Entity> out = new ArrayList<>();
        Map<String, Integer> counters = new HashMap<>();

        for (Evidence e : caseFile.evidence()) {
            claims.force(new Point(e.x(), e.y()));
        }
        for (AbilityPickup p : district.pickups()) {
            claims.force(new Point(p.x(), p.y()));
            add(out, counters, "pickup", p.room(), new Point(p.x(), p.y()), Map.of("ability", p.ability()));
        }
        Map<String, String> witnessOf = new HashMap<>();
        for (Evidence e : caseFile.evidence()) {
            Map<String, String> props = new LinkedHashMap<>();
            props.put("evidence", e.id());
            props.put("type", e.type().jsonName());
            if (e.witness() != null) {
                props.put("witness", e.witness());
                witnessOf.put(e.witness(), e.id());
            }
            add(out, counters, "evidence", e.room(), new Point(e.x(), e.y()), props);
        }
        // Gated doors are interactables: both door tiles of each gated connection (a door tile an
        // anchor shares between corridors is one interactable).
        java.util.Set<Point> doorTiles = new java.util.HashSet<>();
        for (PlacedConnection c : district.connections()) {
            if (c.connection().requires() == null) {
                continue;
            }
            for (String roomId : List.of(c.connection().from(), c.connection().to())) {
                PlacedRoom room = district.room(roomId).orElseThrow();
                room.door(c.id()).filter(d -> doorTiles.add(d.tile())).ifPresent(d -> {
                    claims.force(d.tile());
                    add(out, counters, "door", roomId, d.tile(), Map.of("connection", c.id(), "requires", c.connection().requires()));
                });
            }
        }
        // The case's people: suspects and the victim near the crime scene's rooms, witnesses stand at their clue.
        List<String> caseRooms = caseFile.evidence().stream().map(Evidence::room).distinct().toList();
        for (Npc npc : caseFile.npcs()) {
            if (witnessOf.containsKey(npc.id())) {
                continue; // the testimony entity is where the witness stands
            }
            if (npc.role().equals("background")) {
                continue;
            }
            String roomId = npc.role().equals("victim") ? caseFile.crimeScene() : rng.choice(caseRooms);
            PlacedRoom room = district.room(roomId).orElseThrow();
            spotOrFloor(room, "npc", claims, rng).ifPresent(p -> add(out, counters, "npc", roomId, p,
                    Map.of("npc", npc.id(), "role", npc.role(), "name", npc.name())));
        }
        Map<String, String> faction = factions(district, rng);
        for (PlacedRoom room : district.rooms()) {
            if (room.anchor() != null) {
                spotOrFloor(room, "npc", claims, rng).ifPresent(p -> add(out, counters, "npc", room.id(), p,
                        Map.of("role", "anchor", "anchor", room.anchor())));
            }
            int background = backgroundDensity >= 1 ? 2 : (rng.probability(backgroundDensity) ? 1 : 0);
            for (int i = 0; i < background; i++) {
                spotOrFloor(room, "npc", claims, rng).ifPresent(p -> add(out, counters, "npc", room.id(), p,
                        Map.of("role", "background", "faction", faction.get(room.id()))));
            }
            double hostility = FACTIONS.get(faction.get(room.id()));
            boolean safe = room.id().equals(district.startRoom()) || room.anchor() != null;
            if (!safe && rng.probability(hostility)) {
                int enemies = rng.randomInt(1, room.bounds().area() > 80 ? 3 : 2);
                for (int i = 0; i < enemies; i++) {
                    claims.claimAny(room, rng).ifPresent(p -> add(out, counters, "enemy", room.id(), p,
                            Map.of("faction", faction.get(room.id()))));
                }
            }
            for (Spot s : room.spots()) {
                if (s.kind().equals("container")) {
                    claims.claimNear(room, new Point(s.x(), s.y())).ifPresent(p -> add(out, counters, "container", room.id(), p,
                            Map.of("spot", s.id())));
                }
            }
        }
        for (String roomId : caseFile.evidence().stream().filter(e -> e.type() == EvidenceType.DIGITAL)
                .map(Evidence::room).distinct().toList()) {
            PlacedRoom room = district.room(roomId).orElseThrow();
            claims.claimAny(room, rng).ifPresent(p -> add(out, counters, "terminal", roomId, p, Map.of()));
        }
        questTriggers(district, caseFile, claims, rng, out, counters);
        return new Population(out);
    }

    private void questTriggers(District district, CaseFile caseFile, TileClaims claims, SeededRandom rng, List<Entity> out,
            Map<String, Integer> counters) {
        PlacedRoom start = district.room(district.startRoom()).orElseThrow();
        spotOrFloor(start, "quest_trigger", claims, rng).ifPresent(p -> add(out, counters, "quest_trigger", start.id(), p,
                Map.of("quest", "case_briefing")));
        PlacedRoom scene = district.room(caseFile.crimeScene()).orElseThrow();
        spotOrFloor(scene, "quest_trigger", claims, rng).ifPresent(p -> add(out, counters, "quest_trigger", scene.id(), p,
                Map.of("quest", "examine_crime_scene")));
        int side = 0;
        for (PlacedRoom room : district.rooms()) {
            for (Spot s : room.spots()) {
                if (side < 3 && s.kind().equals("quest_trigger") && claims.claim(new Point(s.x(), s.y()))) {
                    add(out, counters, "quest_trigger", room.id(), new Point(s.x(), s.y()), Map.of("quest", "side_lead_" + (++side)));
                }
            }
        }
    }

    /** Rooms split between factions: three seeds grow over the graph, nearest seed wins. */
    private static Map<String, String> factions(District district, SeededRandom rng) {
        List<PlacedRoom> rooms = district.rooms();
        Map<String, String> out = new HashMap<>();
        List<Map<String, Integer>> distances = new ArrayList<>();
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i < FACTION_ORDER.size(); i++) {
            String seedRoom = i == 0 ? district.startRoom() : rng.choice(rooms).id();
            seeds.add(seedRoom);
            distances.add(district.graph().distancesFrom(seedRoom));
        }
        for (PlacedRoom room : rooms) {
            int best = 0;
            for (int i = 1; i < seeds.size(); i++) {
                if (distances.get(i).getOrDefault(room.id(), 999) < distances.get(best).getOrDefault(room.id(), 999)) {
                    best = i;
                }
            }
            out.put(room.id(), FACTION_ORDER.get(best));
        }
        return out;
    }

    private static Optional<Point> spotOrFloor(PlacedRoom room, String kind, TileClaims claims, SeededRandom rng) {
        for (Spot s : room.spots()) {
            Point p = new Point(s.x(), s.y());
            if (s.kind().equals(kind) && claims.claim(p)) {
                return Optional.of(p);
            }
        }
        return claims.claimAny(room, rng);
    }

    private static void add(List<Entity> out, Map<String, Integer> counters, String kind, String room, Point p,
            Map<String, String> props) {
        int n = counters.merge(kind, 1, Integer::sum);
        out.add(new Entity(kind + "-" + n, kind, room, p.x(), p.y(), props));
    }
}
