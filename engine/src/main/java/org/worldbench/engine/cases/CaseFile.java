package org.worldbench.engine.cases;

import java.util.List;
import java.util.Optional;

/**
 * A generated case: who, why, how, where and when, the knowledge tokens, the evidence that reveals
 * them, and the solution as a logic — the tokens that establish the culprit's motive, means and
 * opportunity and eliminate every other suspect. Immutable.
 *
 * @param type          murder, theft or conspiracy
 * @param difficulty    easy, medium or hard
 * @param templateId    the case template used
 * @param victim        npc id
 * @param culprit       npc id
 * @param motive        financial, passionate or psychological
 * @param relationship  the culprit's relationship to the victim that gives the motive
 * @param weapon        the means
 * @param approach      how it was done
 * @param crimeScene    room id
 * @param suspects      suspects, culprit included, in order of introduction
 * @param npcs          everyone in the case
 * @param relationships who is what to whom
 * @param timeline      the night, in order
 * @param tokens        every knowledge token
 * @param evidence      every clue, herrings included
 * @param requiredTokens the solution's tokens
 * @param minimumPath   the clues the generator built the solution from, in a valid order
 */
public record CaseFile(String type, String difficulty, String templateId, String victim, String culprit, String motive,
        String relationship, String weapon, String approach, String crimeScene, List<String> suspects, List<Npc> npcs,
        List<Relationship> relationships, List<TimelineEvent> timeline, List<CaseToken> tokens, List<Evidence> evidence,
        List<String> requiredTokens, List<String> minimumPath) {

    public CaseFile {
        suspects = List.copyOf(suspects);
        npcs = List.copyOf(npcs);
        relationships = List.copyOf(relationships);
        timeline = List.copyOf(timeline);
        tokens = List.copyOf(tokens);
        evidence = List.copyOf(evidence);
        requiredTokens = List.copyOf(requiredTokens);
        minimumPath = List.copyOf(minimumPath);
    }

    /** The evidence with this id. */
    public Optional<Evidence> evidence(String id) {
        return evidence.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The NPC with this id. */
    public Optional<Npc> npc(String id) {
        return npcs.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The evidence graph: which clue unlocks which. */
    public EvidenceGraph graph() {
        return EvidenceGraph.of(this);
    }
}
