package org.worldbench.engine.validation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.checker.CaseChecker;
import org.worldbench.engine.checker.CaseModel;
import org.worldbench.engine.checker.CaseModelReader;
import org.worldbench.engine.checker.CheckReport;
import org.worldbench.engine.district.AnchorPin;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.export.CheckerInput;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.population.Entity;
import org.worldbench.engine.population.Population;

/**
 * Validates a generation (seed 003's GenerationValidationSystem): connectivity on the tile map,
 * solvability and deduction by the independent checker (fed the export, not the generator's data
 * structures), narrative coherence, limits, and the quality score.
 *
 * <p>Quality score: 60, plus 2 a shortcut (loops), plus 1.5 a clue, minus 3 a dead end that holds
 * nothing (no clue, pickup, anchor or start), minus 10 a missing required element (an anchor, the
 * crime scene, the start), clamped to 0..100.
 */
public final class Validator {

    /** Most rooms a district may hold. */
    public static final int MAX_ROOMS = 100;
    /** Most entities a district may hold. */
    public static final int MAX_ENTITIES = 500;
    /** Farthest (in rooms) a case location may lie from a narrative anchor. */
    public static final int ANCHOR_RADIUS = 5;

    /** Validates one generation. */
    public ValidationReport validate(District district, CaseFile caseFile, Population population) {
        List<String> issues = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        boolean connected = district.graph().isConnected();
        List<String> offFoot = unreachableOnFoot(district);
        if (!connected) {
            issues.add("connected: the layout graph is not connected");
        }
        if (!offFoot.isEmpty()) {
            connected = false;
            issues.add("connected: rooms not reachable on foot from the start: " + offFoot);
        }

        CheckReport check;
        try {
            CaseModel model = CaseModelReader.read(CheckerInput.of(district, caseFile), "generated case");
            check = CaseChecker.check(model);
        } catch (InputException e) {
            throw new IllegalStateException("the generator wrote an export the checker cannot read: " + e.getMessage(), e);
        }
        if (!check.solvable()) {
            issues.add("solvable: the checker cannot solve the case; blocking set " + check.blockingSet());
        }
        if (check.solvable() && !check.deducible()) {
            issues.add("deducible: the suspects do not narrow to exactly the culprit");
        }
        if (check.crackedEarly()) {
            warnings.add("the case cracks in sphere " + check.solvedInSphere() + ", before its final sphere");
        }
        if (!check.labelAgrees()) {
            warnings.add("the solution label does not establish the culprit by the checker's logic");
        }
        if (!check.unrefutedHerrings().isEmpty()) {
            issues.add("solvable: herrings never refuted: " + check.unrefutedHerrings());
        }

        boolean anchorsPlaced = true;
        for (AnchorPin pin : district.request().anchors()) {
            PlacedRoom room = district.room(pin.id()).orElse(null);
            if (room == null || room.bounds().x() != pin.x() || room.bounds().y() != pin.y()) {
                anchorsPlaced = false;
                issues.add("anchorsPlaced: anchor '" + pin.id() + "' is not at " + pin.x() + "," + pin.y());
            }
        }
        boolean coherent = coherence(district, caseFile, issues);

        boolean withinLimits = limits(district, population, issues);
        int shortcuts = (int) district.graph().connections().stream().filter(c -> !c.required()).count();
        int deadEnds = emptyDeadEnds(district, caseFile);
        int missing = (anchorsPlaced ? 0 : 1) + (district.room(caseFile.crimeScene()).isPresent() ? 0 : 1);
        double score = Math.max(0, Math.min(100, 60 + 2.0 * shortcuts + 1.5 * caseFile.evidence().size() - 3.0 * deadEnds
                - 10.0 * missing));
        ValidationReport.Metadata metadata = new ValidationReport.Metadata(district.rooms().size(), population.entities().size(),
                caseFile.evidence().size(), shortcuts, deadEnds, district.graph().loopCount());
        return new ValidationReport(connected, check.solvable(), check.deducible(), anchorsPlaced, coherent, withinLimits,
                score, issues, warnings, metadata);
    }

    private static List<String> unreachableOnFoot(District district) {
        BitSet reach = district.tiles().floodFill(district.start().x(), district.start().y());
        List<String> out = new ArrayList<>();
        for (PlacedRoom room : district.rooms()) {
            boolean any = false;
            var b = room.bounds();
            for (int y = b.y() + 1; y < b.bottom() - 1 && !any; y++) {
                for (int x = b.x() + 1; x < b.right() - 1 && !any; x++) {
                    any = reach.get(y * district.width() + x);
                }
            }
            if (!any) {
                out.add(room.id());
            }
        }
        return out;
    }

    private static boolean coherence(District district, CaseFile caseFile, List<String> issues) {
        List<PlacedRoom> anchors = district.rooms().stream().filter(r -> r.anchor() != null).toList();
        if (anchors.isEmpty()) {
            return true;
        }
        List<Map<String, Integer>> distances = anchors.stream().map(a -> district.graph().distancesFrom(a.id())).toList();
        Set<String> far = new java.util.TreeSet<>();
        Set<String> caseRooms = new HashSet<>();
        caseRooms.add(caseFile.crimeScene());
        caseFile.evidence().forEach(e -> caseRooms.add(e.room()));
        for (String room : caseRooms) {
            boolean near = distances.stream().anyMatch(d -> d.getOrDefault(room, 999) <= ANCHOR_RADIUS);
            if (!near) {
                far.add(room);
            }
        }
        if (!far.isEmpty()) {
            issues.add("coherent: case locations more than " + ANCHOR_RADIUS + " rooms from every anchor: " + far);
            return false;
        }
        return true;
    }

    private static boolean limits(District district, Population population, List<String> issues) {
        boolean ok = true;
        if (district.rooms().size() > MAX_ROOMS) {
            ok = false;
            issues.add("withinLimits: " + district.rooms().size() + " rooms, more than " + MAX_ROOMS);
        }
        if (population.entities().size() > MAX_ENTITIES) {
            ok = false;
            issues.add("withinLimits: " + population.entities().size() + " entities, more than " + MAX_ENTITIES);
        }
        List<PlacedRoom> rooms = district.rooms();
        for (int i = 0; i < rooms.size(); i++) {
            for (int j = i + 1; j < rooms.size(); j++) {
                if (rooms.get(i).bounds().intersects(rooms.get(j).bounds())) {
                    ok = false;
                    issues.add("withinLimits: rooms " + rooms.get(i).id() + " and " + rooms.get(j).id() + " overlap");
                }
            }
        }
        Set<Point> tiles = new HashSet<>();
        for (Entity e : population.entities()) {
            if (!district.tiles().isWalkable(e.x(), e.y())) {
                ok = false;
                issues.add("withinLimits: " + e.id() + " stands on a tile no one can stand on");
            }
            if (!tiles.add(new Point(e.x(), e.y()))) {
                ok = false;
                issues.add("withinLimits: " + e.id() + " overlaps another entity at " + e.x() + "," + e.y());
            }
        }
        return ok;
    }

    private static int emptyDeadEnds(District district, CaseFile caseFile) {
        Set<String> purposeful = new HashSet<>();
        caseFile.evidence().stream().map(Evidence::room).forEach(purposeful::add);
        district.pickups().forEach(p -> purposeful.add(p.room()));
        district.rooms().stream().filter(r -> r.anchor() != null).forEach(r -> purposeful.add(r.id()));
        purposeful.add(district.startRoom());
        return (int) district.graph().deadEnds().stream().filter(id -> !purposeful.contains(id)).count();
    }
}
