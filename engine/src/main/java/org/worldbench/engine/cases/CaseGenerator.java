package org.worldbench.engine.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.project.CaseSettings;
import org.worldbench.engine.random.SeededRandom;
import org.worldbench.engine.random.Seeds;

/**
 * Generates a case for a district, solution first (seed 003, component 5): people and their
 * relationships; a victim and a culprit joined by a relationship that gives the motive; the method;
 * the crime scene; the night's timeline with the alibis; then the evidence, built backwards from the
 * solution (see {@link SolutionPlanner}) and placed in the district (see {@link CluePlacer}).
 *
 * <p>A pure function of (district, settings, case seed); draws only from the stream
 * {@code (caseSeed, "case", "case")}, so re-seeding the case leaves the district untouched.
 * Thread-safe.
 */
public final class CaseGenerator {

    /** Stage tag of the case stream. */
    public static final String STAGE = "case";

    private static final List<String> BACKGROUND_TIES = List.of("friend", "neighbour", "colleague", "debtor");

    private final CaseLibrary library;

    public CaseGenerator(CaseLibrary library) {
        this.library = library;
    }

    /**
     * Generates the case.
     *
     * @param caseSeed the world seed, or the seed of a {@code case} override
     * @throws IllegalArgumentException when the library has no template for the asked type
     */
    public CaseFile generate(District district, CaseSettings settings, long caseSeed) {
        SeededRandom rng = Seeds.stream(caseSeed, STAGE, STAGE);
        String type = settings.type() != null ? settings.type() : rng.choice(library.types());
        List<CaseTemplate> templates = library.ofType(type);
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no case template of type '" + type + "'");
        }
        CaseTemplate template = rng.choice(templates);
        DifficultyProfile profile = template.profile(settings.difficulty());

        List<Npc> people = people(rng, profile.suspects() + 6);
        Map<String, String> names = new HashMap<>();
        people.forEach(n -> names.put(n.id(), n.name()));
        String victim = people.get(0).id();
        List<String> suspects = new ArrayList<>();
        for (int i = 1; i <= profile.suspects(); i++) {
            suspects.add(people.get(i).id());
        }
        String culprit = rng.choice(suspects);
        List<Relationship> relationships = new ArrayList<>();
        RelationshipMotive tie = rng.choice(template.relationships());
        relationships.add(new Relationship(culprit, victim, tie.kind()));
        for (String s : suspects) {
            if (!s.equals(culprit)) {
                relationships.add(new Relationship(s, victim, rng.choice(template.relationships()).kind()));
            }
        }
        for (int i = profile.suspects() + 1; i < people.size(); i++) {
            relationships.add(new Relationship(people.get(i).id(), rng.choice(suspects), rng.choice(BACKGROUND_TIES)));
        }
        String weapon = rng.choice(template.weapons());
        String approach = rng.choice(template.approaches());

        DistrictRounds rounds = new DistrictRounds(district);
        String crimeScene = crimeScene(district, rounds, rng);
        CluePlacer placer = new CluePlacer(district, rounds, rng);
        List<String> caseRooms = placer.caseRooms(crimeScene);
        List<String> innocents = suspects.stream().filter(s -> !s.equals(culprit)).toList();
        SolutionPlanner.Plan plan = new SolutionPlanner(rng, names).plan(culprit, innocents, weapon, tie.motive(), profile);

        // Witnesses give the testimonies: background people, one each while they last.
        Map<String, String> witnesses = new LinkedHashMap<>();
        int nextWitness = profile.suspects() + 1;
        List<Npc> cast = new ArrayList<>();
        for (Npc n : people) {
            String role = n.id().equals(victim) ? "victim" : suspects.contains(n.id()) ? "suspect" : "background";
            cast.add(new Npc(n.id(), n.name(), n.occupation(), role));
        }
        for (ClueSpec c : plan.clues()) {
            if (c.isTestimony() && nextWitness < cast.size()) {
                Npc w = cast.get(nextWitness);
                cast.set(nextWitness, new Npc(w.id(), w.name(), w.occupation(), "witness"));
                witnesses.put(c.id(), w.id());
                nextWitness++;
            }
        }
        List<Evidence> evidence = placer.place(plan.clues(), crimeScene, caseRooms, witnesses);
        List<TimelineEvent> timeline = timeline(rng, victim, culprit, innocents, crimeScene, caseRooms, names, weapon);
        return new CaseFile(type, settings.difficulty(), template.id(), victim, culprit, tie.motive(), tie.kind(), weapon,
                approach, crimeScene, suspects, cast, relationships, timeline, plan.tokens(), evidence, plan.requiredTokens(),
                plan.solutionClues());
    }

    private List<Npc> people(SeededRandom rng, int count) {
        NamePool pool = library.names();
        List<String> first = rng.shuffled(pool.first());
        List<String> last = rng.shuffled(pool.last());
        List<Npc> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = first.get(i % first.size()) + " " + last.get((i + i / last.size()) % last.size());
            out.add(new Npc("npc" + (i + 1), name, rng.choice(pool.occupations()), "background"));
        }
        return out;
    }

    /** An anchored crime scene first, then any crime scene open from the start, then any room open from the start. */
    private static String crimeScene(District district, DistrictRounds rounds, SeededRandom rng) {
        List<PlacedRoom> anchored = district.rooms().stream()
                .filter(r -> r.anchor() != null && r.type().equals("crime_scene") && rounds.of(r.id()) != Integer.MAX_VALUE)
                .toList();
        if (!anchored.isEmpty()) {
            return anchored.get(0).id();
        }
        List<PlacedRoom> scenes = district.rooms().stream()
                .filter(r -> r.type().equals("crime_scene") && rounds.of(r.id()) == 0 && !r.id().equals(district.startRoom()))
                .toList();
        if (!scenes.isEmpty()) {
            return rng.choice(scenes).id();
        }
        List<PlacedRoom> open = district.rooms().stream()
                .filter(r -> rounds.of(r.id()) == 0 && !r.id().equals(district.startRoom())).toList();
        return open.isEmpty() ? district.startRoom() : rng.choice(open).id();
    }

    private static List<TimelineEvent> timeline(SeededRandom rng, String victim, String culprit, List<String> innocents,
            String crimeScene, List<String> caseRooms, Map<String, String> names, String weapon) {
        int crime = rng.randomInt(120, 300);
        List<TimelineEvent> events = new ArrayList<>();
        events.add(new TimelineEvent(crime - 45, victim, crimeScene, names.get(victim) + " arrives"));
        events.add(new TimelineEvent(crime - 10, culprit, crimeScene, names.get(culprit) + " slips in unseen"));
        events.add(new TimelineEvent(crime, victim, crimeScene, "the crime, with the " + weapon));
        for (String s : innocents) {
            String elsewhere = caseRooms.stream().filter(r -> !r.equals(crimeScene)).findFirst().orElse(crimeScene);
            events.add(new TimelineEvent(crime - rng.randomInt(0, 20), s, elsewhere, names.get(s) + " is seen elsewhere"));
        }
        events.add(new TimelineEvent(crime + rng.randomInt(15, 60), culprit, crimeScene, names.get(culprit) + " leaves"));
        events.sort(java.util.Comparator.comparingInt(TimelineEvent::minute));
        return events;
    }
}
