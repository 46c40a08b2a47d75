package org.worldbench.engine.checker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The independent case checker (issue 3, item 4). Shares no code with the case generator: it reads
 * the export and works from the rules of the game alone.
 *
 * <p>Rules. Rooms are reachable from the start through connections whose ability is held;
 * abilities are picked up in reachable rooms; a clue can be taken when its room is reachable, the
 * tokens it requires are known and its ability is held. A suspect is eliminated by a known alibi or
 * contradiction; the culprit is established by known motive, means and opportunity; the case is
 * solved when the culprit is established and everyone else eliminated.
 *
 * <p>Costs: the fixpoint is O(S · (E + C)) for S spheres, E clues, C connections. The minimum path
 * is a breadth-first search over the sets of relevant tokens (those the solution needs, and those
 * their clues need) — exact, and small because only relevant tokens count. The blocking set tries
 * grants of size 1, 2, then 3.
 */
public final class CaseChecker {

    /** Largest blocking set searched for. */
    public static final int MAX_BLOCKING_SET = 3;

    private CaseChecker() {
    }

    /** Runs every check but criticality. */
    public static CheckReport check(CaseModel model) {
        Fixpoint fix = fixpoint(model, Set.of(), Set.of(), Set.of());
        boolean solvable = fix.solvedIn >= 0;
        boolean deducible = solvable && standing(model, fix.known).equals(List.of(model.culprit()));
        // The case's final sphere is the last one in which a clue is taken; spheres after it only
        // open rooms the case does not need.
        int lastSphere = 0;
        for (CheckReport.Sphere sphere : fix.spheres) {
            if (!sphere.evidenceTaken().isEmpty()) {
                lastSphere = sphere.index();
            }
        }
        List<String> path = solvable ? minimumPath(model) : List.of();
        List<String> blocking = solvable ? List.of() : blockingSet(model, fix);
        boolean labelAgrees = solved(model, new HashSet<>(model.labelledTokens()));
        List<String> unrefuted = new ArrayList<>();
        List<String> standingAtEnd = standing(model, fix.known);
        for (CaseModel.Token t : model.tokens().values()) {
            if (t.kind().equals("herring") && fix.known.contains(t.id()) && standingAtEnd.contains(t.suspect())
                    && !t.suspect().equals(model.culprit())) {
                unrefuted.add(t.id());
            }
        }
        return new CheckReport(solvable, deducible, solvable && fix.solvedIn < lastSphere, fix.solvedIn, fix.spheres, path,
                blocking, labelAgrees, unrefuted);
    }

    /** For each clue: does the case survive without it, and how does the minimum path change. */
    public static List<CheckReport.Criticality> criticality(CaseModel model) {
        int base = minimumPath(model).size();
        List<CheckReport.Criticality> out = new ArrayList<>();
        for (CaseModel.Clue clue : model.clues()) {
            CaseModel without = model.without(Set.of(clue.id()), Set.of(), Set.of());
            boolean survives = fixpoint(without, Set.of(), Set.of(), Set.of()).solvedIn >= 0;
            int length = survives ? minimumPath(without).size() : -1;
            out.add(new CheckReport.Criticality(clue.id(), survives, length, survives ? length - base : -1));
        }
        return out;
    }

    /** Suspects not yet eliminated by the known tokens, in suspect order. */
    public static List<String> standing(CaseModel model, Set<String> known) {
        Set<String> eliminated = new HashSet<>();
        for (String id : known) {
            CaseModel.Token t = model.tokens().get(id);
            if (t != null && t.suspect() != null && (t.kind().equals("alibi") || t.kind().equals("contradiction"))) {
                eliminated.add(t.suspect());
            }
        }
        return model.suspects().stream().filter(s -> !eliminated.contains(s)).toList();
    }

    /** True when the known tokens establish the culprit and eliminate everyone else. */
    public static boolean solved(CaseModel model, Set<String> known) {
        Set<String> established = new HashSet<>();
        for (String id : known) {
            CaseModel.Token t = model.tokens().get(id);
            if (t != null && model.culprit().equals(t.suspect())) {
                established.add(t.kind());
            }
        }
        boolean guilty = established.containsAll(List.of("motive", "means", "opportunity"));
        return guilty && standing(model, known).equals(List.of(model.culprit()));
    }

    /** The fixpoint with extra grants (tokens known, abilities held, gates open from the start). */
    static Fixpoint fixpoint(CaseModel model, Set<String> grantedTokens, Set<String> grantedAbilities, Set<String> openGates) {
        Set<String> known = new LinkedHashSet<>(grantedTokens);
        Set<String> abilities = new LinkedHashSet<>(model.startAbilities());
        abilities.addAll(grantedAbilities);
        Map<String, List<CaseModel.Gate>> adjacency = adjacency(model);
        Set<String> rooms = Set.of();
        Set<String> reachedWith = null;
        Set<String> reached = Set.of();
        List<String> standing = standing(model, known);
        Set<String> taken = new HashSet<>();
        List<CheckReport.Sphere> spheres = new ArrayList<>();
        int solvedIn = solved(model, known) ? 0 : -1;
        for (int s = 0; ; s++) {
            // A sphere: the rooms open at its start, the abilities picked up and the clues taken in
            // them; what those open belongs to the next sphere.
            // Rooms only change when abilities do.
            if (reachedWith == null || !reachedWith.equals(abilities)) {
                reached = reach(adjacency, model.startRoom(), abilities, openGates);
                reachedWith = new HashSet<>(abilities);
            }
            Set<String> nowRooms = reached;
            List<String> opened = new ArrayList<>();
            for (String r : nowRooms) {
                if (!rooms.contains(r)) {
                    opened.add(r);
                }
            }
            rooms = nowRooms;
            List<String> gained = new ArrayList<>();
            for (Map.Entry<String, Set<String>> p : model.pickups().entrySet()) {
                if (!abilities.contains(p.getKey()) && p.getValue().stream().anyMatch(rooms::contains)) {
                    gained.add(p.getKey());
                }
            }
            List<String> takenNow = new ArrayList<>();
            List<String> learned = new ArrayList<>();
            for (CaseModel.Clue c : model.clues()) {
                if (!taken.contains(c.id()) && available(c, rooms, known, abilities)) {
                    takenNow.add(c.id());
                }
            }
            for (String id : takenNow) {
                taken.add(id);
                for (String t : clue(model, id).reveals()) {
                    if (known.add(t)) {
                        learned.add(t);
                    }
                }
            }
            abilities.addAll(gained);
            boolean progress = !gained.isEmpty() || !takenNow.isEmpty() || !opened.isEmpty();
            if (!progress) {
                break;
            }
            if (!learned.isEmpty()) {
                standing = standing(model, known);
            }
            spheres.add(new CheckReport.Sphere(s, opened, gained, takenNow, learned, standing));
            if (solvedIn < 0 && !learned.isEmpty() && solved(model, known)) {
                solvedIn = s;
            }
        }
        return new Fixpoint(known, abilities, rooms, spheres, solvedIn);
    }

    record Fixpoint(Set<String> known, Set<String> abilities, Set<String> rooms, List<CheckReport.Sphere> spheres,
            int solvedIn) {
    }

    private static boolean available(CaseModel.Clue c, Set<String> rooms, Set<String> known, Set<String> abilities) {
        return rooms.contains(c.room()) && known.containsAll(c.requires())
                && (c.requiresAbility() == null || abilities.contains(c.requiresAbility()));
    }

    private static CaseModel.Clue clue(CaseModel model, String id) {
        for (CaseModel.Clue c : model.clues()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** Rooms reachable from the start with these abilities. O(rooms + gates). */
    static Set<String> reach(CaseModel model, Set<String> abilities, Set<String> openGates) {
        return reach(adjacency(model), model.startRoom(), abilities, openGates);
    }

    private static Map<String, List<CaseModel.Gate>> adjacency(CaseModel model) {
        Map<String, List<CaseModel.Gate>> adjacency = new HashMap<>();
        for (CaseModel.Gate g : model.gates()) {
            adjacency.computeIfAbsent(g.from(), k -> new ArrayList<>()).add(g);
            adjacency.computeIfAbsent(g.to(), k -> new ArrayList<>()).add(g);
        }
        return adjacency;
    }

    private static Set<String> reach(Map<String, List<CaseModel.Gate>> adjacency, String start, Set<String> abilities,
            Set<String> openGates) {
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        seen.add(start);
        queue.add(start);
        while (!queue.isEmpty()) {
            String r = queue.poll();
            for (CaseModel.Gate g : adjacency.getOrDefault(r, List.of())) {
                String next = g.from().equals(r) ? g.to() : g.from();
                boolean open = g.requires() == null || abilities.contains(g.requires()) || openGates.contains(g.id());
                if (open && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    /** A true minimum list of clues solving the case, in a valid order; empty when unsolvable. */
    public static List<String> minimumPath(CaseModel model) {
        return MinimumPathSearch.search(model);
    }

    private static List<String> blockingSet(CaseModel model, Fixpoint fix) {
        List<String> candidates = new ArrayList<>();
        for (CaseModel.Token t : model.tokens().values()) {
            if (!fix.known.contains(t.id()) && MinimumPathSearch.relevant(model).contains(t.id())) {
                candidates.add("token:" + t.id());
            }
        }
        Set<String> abilitiesNeeded = new LinkedHashSet<>();
        model.gates().forEach(g -> {
            if (g.requires() != null) {
                abilitiesNeeded.add(g.requires());
            }
        });
        model.clues().forEach(c -> {
            if (c.requiresAbility() != null) {
                abilitiesNeeded.add(c.requiresAbility());
            }
        });
        for (String a : abilitiesNeeded) {
            if (!fix.abilities.contains(a) && !a.startsWith(CaseModel.CLOSED)) {
                candidates.add("ability:" + a);
            }
        }
        for (CaseModel.Gate g : model.gates()) {
            if (g.requires() != null && !fix.abilities.contains(g.requires())) {
                candidates.add("gate:" + g.id());
            }
        }
        for (int size = 1; size <= Math.min(MAX_BLOCKING_SET, candidates.size()); size++) {
            List<String> found = firstSolvingSubset(model, candidates, size, 0, new ArrayList<>());
            if (found != null) {
                return found;
            }
        }
        return List.of("(no grant of up to " + MAX_BLOCKING_SET + " tokens, abilities or gates makes this case solvable)");
    }

    private static List<String> firstSolvingSubset(CaseModel model, List<String> candidates, int size, int from,
            List<String> chosen) {
        if (chosen.size() == size) {
            Set<String> tokens = new HashSet<>();
            Set<String> abilities = new HashSet<>();
            Set<String> gates = new HashSet<>();
            for (String c : chosen) {
                String value = c.substring(c.indexOf(':') + 1);
                if (c.startsWith("token:")) {
                    tokens.add(value);
                } else if (c.startsWith("ability:")) {
                    abilities.add(value);
                } else {
                    gates.add(value);
                }
            }
            return fixpoint(model, tokens, abilities, gates).solvedIn >= 0 ? List.copyOf(chosen) : null;
        }
        for (int i = from; i < candidates.size(); i++) {
            chosen.add(candidates.get(i));
            List<String> found = firstSolvingSubset(model, candidates, size, i + 1, chosen);
            chosen.remove(chosen.size() - 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
