package org.worldbench.engine.checker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The true minimum number of clues that solve a case: breadth-first search over the sets of known
 * <em>relevant</em> tokens — those that establish the culprit or eliminate a suspect, and,
 * transitively, the tokens the clues revealing them require. Abilities are free to pick up, so the
 * search runs with everything obtainable held. Each step takes one available clue that reveals a
 * relevant token not yet known; the first solving state found has the fewest clues.
 *
 * <p>Exponential in the number of relevant tokens in the worst case (they are at most 62 and in a
 * generated case about ten, so the reachable states number in the hundreds).
 */
final class MinimumPathSearch {

    private MinimumPathSearch() {
    }

    /** Tokens that matter to the solution, as described above. */
    static Set<String> relevant(CaseModel model) {
        Set<String> relevant = new LinkedHashSet<>();
        for (CaseModel.Token t : model.tokens().values()) {
            boolean guilt = model.culprit().equals(t.suspect())
                    && (t.kind().equals("motive") || t.kind().equals("means") || t.kind().equals("opportunity"));
            boolean clears = t.suspect() != null && !model.culprit().equals(t.suspect())
                    && (t.kind().equals("alibi") || t.kind().equals("contradiction"));
            if (guilt || clears) {
                relevant.add(t.id());
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CaseModel.Clue c : model.clues()) {
                if (c.reveals().stream().anyMatch(relevant::contains)) {
                    for (String r : c.requires()) {
                        grew |= relevant.add(r);
                    }
                }
            }
        }
        return relevant;
    }

    static List<String> search(CaseModel model) {
        List<String> relevant = new ArrayList<>(relevant(model));
        if (relevant.size() > 62) {
            throw new IllegalArgumentException("the minimum path search handles at most 62 relevant tokens, this case has "
                    + relevant.size());
        }
        Map<String, Integer> bit = new HashMap<>();
        for (int i = 0; i < relevant.size(); i++) {
            bit.put(relevant.get(i), i);
        }
        Set<String> abilities = obtainableAbilities(model);
        Set<String> rooms = CaseChecker.reach(model, abilities, Set.of());
        List<CaseModel.Clue> usable = new ArrayList<>();
        List<long[]> masks = new ArrayList<>(); // {needs, gives}
        for (CaseModel.Clue c : model.clues()) {
            boolean placeOk = rooms.contains(c.room()) && (c.requiresAbility() == null || abilities.contains(c.requiresAbility()));
            long gives = mask(c.reveals(), bit);
            if (!placeOk || gives == 0 || !bit.keySet().containsAll(c.requires())) {
                continue; // unreachable, useless, or needing a token nothing relevant reveals
            }
            usable.add(c);
            masks.add(new long[] {mask(c.requires(), bit), gives});
        }
        Map<Long, long[]> parent = new HashMap<>(); // state -> {previous state, clue index}
        ArrayDeque<Long> queue = new ArrayDeque<>();
        parent.put(0L, new long[] {-1, -1});
        queue.add(0L);
        while (!queue.isEmpty()) {
            long state = queue.poll();
            if (CaseChecker.solved(model, tokensOf(state, relevant))) {
                return rebuild(state, parent, usable);
            }
            for (int i = 0; i < usable.size(); i++) {
                long[] m = masks.get(i);
                if ((m[0] & ~state) == 0 && (m[1] & ~state) != 0) {
                    long next = state | m[1];
                    if (!parent.containsKey(next)) {
                        parent.put(next, new long[] {state, i});
                        queue.add(next);
                    }
                }
            }
        }
        return List.of();
    }

    private static Set<String> obtainableAbilities(CaseModel model) {
        Set<String> held = new LinkedHashSet<>(model.startAbilities());
        while (true) {
            Set<String> rooms = CaseChecker.reach(model, held, Set.of());
            Set<String> next = new LinkedHashSet<>(held);
            model.pickups().forEach((ability, where) -> {
                if (where.stream().anyMatch(rooms::contains)) {
                    next.add(ability);
                }
            });
            if (next.equals(held)) {
                return held;
            }
            held = next;
        }
    }

    private static long mask(Set<String> tokens, Map<String, Integer> bit) {
        long m = 0;
        for (String t : tokens) {
            Integer b = bit.get(t);
            if (b != null) {
                m |= 1L << b;
            }
        }
        return m;
    }

    private static Set<String> tokensOf(long state, List<String> relevant) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < relevant.size(); i++) {
            if ((state & (1L << i)) != 0) {
                out.add(relevant.get(i));
            }
        }
        return out;
    }

    private static List<String> rebuild(long state, Map<Long, long[]> parent, List<CaseModel.Clue> usable) {
        List<String> path = new ArrayList<>();
        long at = state;
        while (parent.get(at)[1] >= 0) {
            long[] p = parent.get(at);
            path.add(usable.get((int) p[1]).id());
            at = p[0];
        }
        Collections.reverse(path);
        return path;
    }
}
