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
 * The true minimum number of clues that solve a case.
 *
 * <p>The goal is a set of <em>groups</em>: the culprit's motive, means and opportunity, and one
 * elimination for each other suspect; a group is met by any known token of it. A clue that is the
 * only one able to meet a group is <em>forced</em>: every solution takes it, and likewise the only
 * clue revealing a token a forced clue requires. What is left is a breadth-first search over the
 * sets of known relevant tokens (bit masks), starting from everything the forced clues reveal, each
 * step taking one more clue that reveals something new, ordered by A* with an admissible heuristic
 * (unmet goals over the most goals one clue meets). The first state taken off the queue that meets
 * every group (and every token the forced clues require) has the fewest clues. The answer is then replayed in a valid
 * order; should the forced shortcut not replay (a cyclic case), the plain search from nothing runs.
 *
 * <p>Exponential in the number of unforced relevant tokens in the worst case; generated cases force
 * most clues, so the search visits a handful of states.
 */
final class MinimumPathSearch {

    private MinimumPathSearch() {
    }

    /** Tokens that matter: those meeting a group, and, transitively, those their clues require. */
    static Set<String> relevant(CaseModel model) {
        Set<String> relevant = new LinkedHashSet<>();
        for (CaseModel.Token t : model.tokens().values()) {
            if (group(model, t) >= 0) {
                relevant.add(t.id());
            }
        }
        // Worklist closure: each token pulls in what the clues revealing it require. O(clues · tokens).
        Map<String, List<CaseModel.Clue>> revealers = new HashMap<>();
        for (CaseModel.Clue c : model.clues()) {
            for (String t : c.reveals()) {
                revealers.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
            }
        }
        ArrayDeque<String> work = new ArrayDeque<>(relevant);
        while (!work.isEmpty()) {
            for (CaseModel.Clue c : revealers.getOrDefault(work.poll(), List.of())) {
                for (String r : c.requires()) {
                    if (relevant.add(r)) {
                        work.add(r);
                    }
                }
            }
        }
        return relevant;
    }

    /** The group a token meets: 0 motive, 1 means, 2 opportunity, 3+i eliminating suspect i; -1 none. */
    private static int group(CaseModel model, CaseModel.Token t) {
        if (t.suspect() == null) {
            return -1;
        }
        if (t.suspect().equals(model.culprit())) {
            return switch (t.kind()) {
                case "motive" -> 0;
                case "means" -> 1;
                case "opportunity" -> 2;
                default -> -1;
            };
        }
        int index = model.suspects().indexOf(t.suspect());
        return index >= 0 && (t.kind().equals("alibi") || t.kind().equals("contradiction")) ? 3 + index : -1;
    }

    static List<String> search(CaseModel model) {
        Search s = new Search(model);
        if (s.impossible) {
            return List.of();
        }
        List<String> fast = s.run(true);
        if (!fast.isEmpty() && replays(model, fast)) {
            return fast;
        }
        return s.run(false);
    }

    /** True when taking the clues in this order is possible and solves the case. */
    private static boolean replays(CaseModel model, List<String> order) {
        Set<String> abilities = obtainableAbilities(model);
        Set<String> rooms = CaseChecker.reach(model, abilities, Set.of());
        Set<String> known = new LinkedHashSet<>();
        Map<String, CaseModel.Clue> byId = new HashMap<>();
        model.clues().forEach(c -> byId.put(c.id(), c));
        for (String id : order) {
            CaseModel.Clue c = byId.get(id);
            if (!rooms.contains(c.room()) || !known.containsAll(c.requires())
                    || (c.requiresAbility() != null && !abilities.contains(c.requiresAbility()))) {
                return false;
            }
            known.addAll(c.reveals());
        }
        return CaseChecker.solved(model, known);
    }

    static Set<String> obtainableAbilities(CaseModel model) {
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

    /** The search state: relevant tokens as bits, clues as masks, groups as masks. */
    private static final class Search {
        final List<String> clueIds = new ArrayList<>();
        final List<long[]> clueMasks = new ArrayList<>(); // {needs, gives}
        final long[] groupMasks;
        final long culpritCleared;
        final boolean impossible;

        Search(CaseModel model) {
            List<String> relevant = new ArrayList<>(relevant(model));
            if (relevant.size() > 62) {
                throw new IllegalArgumentException("the minimum path search handles at most 62 relevant tokens, this case has "
                        + relevant.size());
            }
            Map<String, Integer> bit = new HashMap<>();
            for (int i = 0; i < relevant.size(); i++) {
                bit.put(relevant.get(i), i);
            }
            int groups = 3 + model.suspects().size();
            groupMasks = new long[groups];
            long cleared = 0;
            for (CaseModel.Token t : model.tokens().values()) {
                int g = group(model, t);
                if (g >= 0) {
                    groupMasks[g] |= 1L << bit.get(t.id());
                }
                if (model.culprit().equals(t.suspect()) && (t.kind().equals("alibi") || t.kind().equals("contradiction"))
                        && bit.containsKey(t.id())) {
                    cleared |= 1L << bit.get(t.id());
                }
            }
            culpritCleared = cleared;
            // The culprit's own group slot (3 + its index) is not a goal.
            groupMasks[3 + model.suspects().indexOf(model.culprit())] = -1L;
            Set<String> abilities = obtainableAbilities(model);
            Set<String> rooms = CaseChecker.reach(model, abilities, Set.of());
            for (CaseModel.Clue c : model.clues()) {
                boolean placeOk = rooms.contains(c.room()) && (c.requiresAbility() == null || abilities.contains(c.requiresAbility()));
                long gives = mask(c.reveals(), bit);
                if (!placeOk || gives == 0 || !bit.keySet().containsAll(c.requires())) {
                    continue;
                }
                clueIds.add(c.id());
                clueMasks.add(new long[] {mask(c.requires(), bit), gives});
            }
            boolean none = false;
            for (long g : groupMasks) {
                if (g != -1L && g == 0) {
                    none = true;
                }
            }
            impossible = none;
        }

        List<String> run(boolean useForced) {
            long start = 0;
            long mustKnow = 0;
            List<Integer> forced = new ArrayList<>();
            if (useForced) {
                boolean[] isForced = new boolean[clueIds.size()];
                List<Long> pending = new ArrayList<>();
                for (long g : groupMasks) {
                    if (g != -1L) {
                        pending.add(g);
                    }
                }
                while (!pending.isEmpty()) {
                    long need = pending.remove(pending.size() - 1);
                    int only = -1;
                    int count = 0;
                    for (int i = 0; i < clueIds.size(); i++) {
                        if ((clueMasks.get(i)[1] & need) != 0) {
                            count++;
                            only = i;
                        }
                    }
                    if (count == 1 && !isForced[only]) {
                        isForced[only] = true;
                        forced.add(only);
                        long requires = clueMasks.get(only)[0];
                        mustKnow |= requires;
                        for (long b = requires; b != 0; b &= b - 1) {
                            pending.add(Long.lowestOneBit(b));
                        }
                    }
                }
                for (int f : forced) {
                    start |= clueMasks.get(f)[1];
                }
            }
            // A* over token sets: g = clues taken, h = unmet goals / most goals one clue can meet
            // (admissible and consistent), so the first goal state taken off the queue is optimal.
            final long must = mustKnow;
            int perClue = 1;
            for (long[] m : clueMasks) {
                perClue = Math.max(perClue, goalsMet(m[1], must));
            }
            final int best = perClue;
            Map<Long, long[]> parent = new HashMap<>(); // state -> {previous, clue, g}
            java.util.PriorityQueue<long[]> open = new java.util.PriorityQueue<>((p, q) -> p[0] != q[0]
                    ? Long.compare(p[0], q[0]) : p[1] != q[1] ? Long.compare(q[1], p[1]) : Long.compare(p[2], q[2]));
            parent.put(start, new long[] {-1, -1, 0});
            open.add(new long[] {heuristic(start, must, best), 0, start});
            while (!open.isEmpty()) {
                long[] top = open.poll();
                long state = top[2];
                long g = top[1];
                if (g > parent.get(state)[2]) {
                    continue; // a shorter way here was found after this entry was queued
                }
                if (solved(state) && (state & must) == must) {
                    return order(rebuild(state, parent), forced);
                }
                for (int i = 0; i < clueIds.size(); i++) {
                    long[] m = clueMasks.get(i);
                    if ((m[0] & ~state) == 0 && (m[1] & ~state) != 0) {
                        long next = state | m[1];
                        long[] seen = parent.get(next);
                        if (seen == null || seen[2] > g + 1) {
                            parent.put(next, new long[] {state, i, g + 1});
                            open.add(new long[] {g + 1 + heuristic(next, must, best), g + 1, next});
                        }
                    }
                }
            }
            return List.of();
        }

        /** Unmet goals (groups and must-know tokens) in a state. */
        private int unmet(long state, long must) {
            int n = Long.bitCount(must & ~state);
            for (long g : groupMasks) {
                if (g != -1L && (state & g) == 0) {
                    n++;
                }
            }
            return n;
        }

        /** How many goals taking tokens {@code gives} can meet at most. */
        private int goalsMet(long gives, long must) {
            int n = Long.bitCount(must & gives);
            for (long g : groupMasks) {
                if (g != -1L && (gives & g) != 0) {
                    n++;
                }
            }
            return n;
        }

        private long heuristic(long state, long must, int perClue) {
            return (unmet(state, must) + perClue - 1) / perClue;
        }

        private boolean solved(long state) {
            if ((state & culpritCleared) != 0) {
                return false;
            }
            for (long g : groupMasks) {
                if (g != -1L && (state & g) == 0) {
                    return false;
                }
            }
            return true;
        }

        private List<Integer> rebuild(long state, Map<Long, long[]> parent) {
            List<Integer> path = new ArrayList<>();
            long at = state;
            while (parent.get(at)[1] >= 0) {
                long[] p = parent.get(at);
                path.add((int) p[1]);
                at = p[0];
            }
            Collections.reverse(path);
            return path;
        }

        /** Forced and searched clues together, in an order each can be taken: by repeated sweeps. */
        private List<String> order(List<Integer> searched, List<Integer> forced) {
            List<Integer> all = new ArrayList<>(forced);
            for (int i : searched) {
                if (!all.contains(i)) {
                    all.add(i);
                }
            }
            all.sort(Integer::compare);
            List<String> out = new ArrayList<>();
            long known = 0;
            boolean progress = true;
            while (!all.isEmpty() && progress) {
                progress = false;
                for (int k = 0; k < all.size(); k++) {
                    int i = all.get(k);
                    if ((clueMasks.get(i)[0] & ~known) == 0) {
                        known |= clueMasks.get(i)[1];
                        out.add(clueIds.get(i));
                        all.remove(k);
                        progress = true;
                        break;
                    }
                }
            }
            return all.isEmpty() ? out : List.of();
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
}
