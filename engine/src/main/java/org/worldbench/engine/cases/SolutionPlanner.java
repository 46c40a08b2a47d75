package org.worldbench.engine.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.worldbench.engine.random.SeededRandom;

/**
 * Builds the evidence backwards from the solution. The culprit's motive, means and opportunity and
 * one alibi or contradiction per innocent suspect are the required tokens; each gets a clue. Clues
 * are spread over {@code chainDepth} levels: a level's clues require the lead token revealed at the
 * level before, so the chain must be walked in order; the motive sits at the deepest level so the
 * case cannot crack before its end. Herrings point at innocents and reveal only herring tokens, so
 * they never lie on or block the solution path; extra clues corroborate a required token at the
 * same level, so losing one clue need not break the case.
 */
final class SolutionPlanner {

    /** Tokens and clue designs of a case. */
    record Plan(List<CaseToken> tokens, List<ClueSpec> clues, List<String> requiredTokens, List<String> solutionClues) {
    }

    private final SeededRandom rng;
    private final Map<String, String> names;
    private final List<CaseToken> tokens = new ArrayList<>();
    private final List<ClueSpec> clues = new ArrayList<>();

    SolutionPlanner(SeededRandom rng, Map<String, String> names) {
        this.rng = rng;
        this.names = names;
    }

    Plan plan(String culprit, List<String> innocents, String weapon, String motive, DifficultyProfile profile) {
        int levels = profile.chainDepth();
        List<String> required = new ArrayList<>();
        List<List<Integer>> byLevel = new ArrayList<>();
        for (int l = 0; l < levels; l++) {
            byLevel.add(new ArrayList<>());
        }
        String motiveToken = token(TokenKind.MOTIVE, culprit, name(culprit) + " had a " + motive + " motive");
        String meansToken = token(TokenKind.MEANS, culprit, name(culprit) + " had access to the " + weapon);
        String opportunityToken = token(TokenKind.OPPORTUNITY, culprit, name(culprit) + " was at the scene at the time");
        required.add(motiveToken);
        required.add(meansToken);
        required.add(opportunityToken);
        // The motive closes the case: deepest level. Means and opportunity anywhere before or at it.
        int motiveClue = addClue(pick(EvidenceType.DOCUMENT, EvidenceType.TESTIMONY), "letters that give " + name(culprit)
                + " a reason", levels - 1, motiveToken, false, null, true);
        byLevel.get(levels - 1).add(motiveClue);
        int meansLevel = rng.randomInt(0, levels - 1);
        byLevel.get(meansLevel).add(addClue(pick(EvidenceType.PHYSICAL, EvidenceType.FORENSIC), "the " + weapon
                + ", traced to " + name(culprit), meansLevel, meansToken, false, null, false));
        int opportunityLevel = rng.randomInt(0, levels - 1);
        byLevel.get(opportunityLevel).add(addClue(pick(EvidenceType.TESTIMONY, EvidenceType.DIGITAL,
                EvidenceType.ENVIRONMENTAL), name(culprit) + " seen near the scene", opportunityLevel, opportunityToken, false,
                null, false));
        for (String innocent : innocents) {
            boolean alibi = rng.probability(0.7);
            String t = token(alibi ? TokenKind.ALIBI : TokenKind.CONTRADICTION, innocent, alibi
                    ? name(innocent) + " was elsewhere at the time" : name(innocent) + "'s story rules them out");
            required.add(t);
            int level = rng.randomInt(0, levels - 1);
            byLevel.get(level).add(addClue(alibi ? pick(EvidenceType.TESTIMONY, EvidenceType.DIGITAL)
                    : pick(EvidenceType.DOCUMENT, EvidenceType.FORENSIC), (alibi ? "an alibi for " : "a contradiction clearing ")
                    + name(innocent), level, t, false, null, false));
        }
        // Leads chain the levels: the first clue of each level (a dedicated one when the level is
        // empty) reveals the lead the next level requires.
        List<String> solutionClues = new ArrayList<>();
        String previousLead = null;
        for (int l = 0; l < levels - 1; l++) {
            String lead = token(TokenKind.LEAD, null, "a lead from level " + l);
            if (byLevel.get(l).isEmpty()) {
                int trail = addClue(pick(EvidenceType.ENVIRONMENTAL, EvidenceType.FORENSIC, EvidenceType.PHYSICAL),
                        "a trail leading on", l, null, false, null, false);
                if (previousLead != null) {
                    // A trail on an empty level continues the chain: it needs the lead before it.
                    ClueSpec c = clues.get(trail);
                    clues.set(trail, new ClueSpec(c.id(), c.type(), c.name(), c.level(), c.reveals(), List.of(previousLead),
                            false, null, false, false));
                }
                byLevel.get(l).add(trail);
            }
            int first = byLevel.get(l).get(0);
            ClueSpec c = clues.get(first);
            List<String> reveals = new ArrayList<>(c.reveals());
            reveals.add(lead);
            clues.set(first, c.withReveals(reveals));
            for (int idx : byLevel.get(l + 1)) {
                ClueSpec next = clues.get(idx);
                clues.set(idx, new ClueSpec(next.id(), next.type(), next.name(), next.level(), next.reveals(), List.of(lead),
                        false, null, next.gated(), next.deepest()));
            }
            previousLead = lead;
        }
        for (List<Integer> level : byLevel) {
            level.forEach(i -> solutionClues.add(clues.get(i).id()));
        }
        // Gates: the motive first (it is deepest), then other required clues.
        List<Integer> gateOrder = new ArrayList<>();
        gateOrder.add(motiveClue);
        List<Integer> others = new ArrayList<>();
        for (List<Integer> level : byLevel) {
            for (int i : level) {
                if (i != motiveClue) {
                    others.add(i);
                }
            }
        }
        gateOrder.addAll(rng.shuffled(others));
        for (int g = 0; g < Math.min(profile.gatedEvidence(), gateOrder.size()); g++) {
            int i = gateOrder.get(g);
            ClueSpec c = clues.get(i);
            clues.set(i, new ClueSpec(c.id(), c.type(), c.name(), c.level(), c.reveals(), c.requires(), false, null, true, c.deepest()));
        }
        addExtras(profile, solutionClues);
        addHerrings(profile, innocents, levels);
        return new Plan(tokens, clues, required, solutionClues);
    }

    private void addExtras(DifficultyProfile profile, List<String> solutionClues) {
        List<ClueSpec> corroborable = clues.stream()
                .filter(c -> !c.deepest() && !c.redHerring() && c.reveals().stream().anyMatch(this::isRequiredKind))
                .toList();
        for (int i = 0; i < profile.extraEvidence() && !corroborable.isEmpty(); i++) {
            ClueSpec original = rng.choice(corroborable);
            String token = original.reveals().stream().filter(this::isRequiredKind).findFirst().orElseThrow();
            String id = "e" + (clues.size() + 1);
            clues.add(new ClueSpec(id, pick(EvidenceType.FORENSIC, EvidenceType.TESTIMONY, EvidenceType.DOCUMENT),
                    "corroboration: " + text(token), original.level(), List.of(token), original.requires(), false, null, false, false));
        }
    }

    private void addHerrings(DifficultyProfile profile, List<String> innocents, int levels) {
        List<String> targets = rng.shuffled(innocents);
        for (int h = 0; h < profile.redHerrings() && h < targets.size(); h++) {
            String innocent = targets.get(h);
            String t = token(TokenKind.HERRING, innocent, name(innocent) + " looks guilty");
            String id = "e" + (clues.size() + 1);
            int level = rng.randomInt(0, levels - 1);
            // A herring needs only what its level needs, so it misleads along the way; it reveals
            // nothing the solution requires.
            List<String> requires = level == 0 ? List.of() : clues.stream()
                    .filter(c -> c.level() == level && !c.redHerring() && !c.requires().isEmpty())
                    .findFirst().map(ClueSpec::requires).orElse(List.of());
            clues.add(new ClueSpec(id, pick(EvidenceType.PHYSICAL, EvidenceType.DOCUMENT, EvidenceType.TESTIMONY),
                    name(innocent) + "'s dropped glove", level, List.of(t), requires, true, innocent, false, false));
        }
    }

    private boolean isRequiredKind(String tokenId) {
        TokenKind kind = tokens.stream().filter(t -> t.id().equals(tokenId)).findFirst().orElseThrow().kind();
        return kind != TokenKind.LEAD && kind != TokenKind.HERRING;
    }

    private String text(String tokenId) {
        return tokens.stream().filter(t -> t.id().equals(tokenId)).findFirst().orElseThrow().text();
    }

    private int addClue(EvidenceType type, String name, int level, String reveals, boolean herring, String pointsAt,
            boolean deepest) {
        String id = "e" + (clues.size() + 1);
        clues.add(new ClueSpec(id, type, name, level, reveals == null ? List.of() : List.of(reveals), List.of(), herring,
                pointsAt, false, deepest));
        return clues.size() - 1;
    }

    private String token(TokenKind kind, String suspect, String text) {
        String id = "t" + (tokens.size() + 1);
        tokens.add(new CaseToken(id, kind, suspect, text));
        return id;
    }

    private EvidenceType pick(EvidenceType... types) {
        return types[rng.randomInt(0, types.length - 1)];
    }

    private String name(String npcId) {
        return names.getOrDefault(npcId, npcId);
    }
}
