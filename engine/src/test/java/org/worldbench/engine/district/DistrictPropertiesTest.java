package org.worldbench.engine.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.template.TemplateLibrary;
import org.worldbench.engine.testing.TestData;

/** The district's promises, held over a thousand seeds with and without narrative anchors. */
class DistrictPropertiesTest {

    private static final TemplateLibrary LIBRARY = TestData.templates();
    private static final DistrictGenerator GENERATOR = new DistrictGenerator(LIBRARY);

    /** Three anchors in three corners of the default map, from the shipped templates. */
    static List<AnchorPin> threeAnchors() {
        return List.of(
                new AnchorPin("office", LIBRARY.ofType("detective_office").get(0).id(), 3, 3, true, null),
                new AnchorPin("scene", LIBRARY.ofType("crime_scene").get(0).id(), 72, 6, true, null),
                new AnchorPin("vault", LIBRARY.ofType("evidence_storage").get(0).id(), 40, 58, false, 90));
    }

    @Test
    void everyDistrictKeepsItsPromisesOverAThousandSeeds() throws RequestException {
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= 1000; seed++) {
            List<AnchorPin> anchors = seed % 2 == 0 ? threeAnchors() : List.of();
            DistrictRequest request = new DistrictRequest(seed, DistrictConfig.DEFAULTS, anchors, List.of());
            District d = GENERATOR.generate(request);
            int rooms = d.rooms().size();
            if (rooms < 30 || rooms > 50) {
                failures.add(seed + ": " + rooms + " rooms");
            }
            if (!d.graph().isConnected()) {
                failures.add(seed + ": layout graph not connected");
            }
            if (d.graph().loopCount() < 1) {
                failures.add(seed + ": no loop");
            }
            if (!DistrictChecks.overlaps(d).isEmpty()) {
                failures.add(seed + ": overlaps " + DistrictChecks.overlaps(d));
            }
            if (!DistrictChecks.unreachableRooms(d).isEmpty()) {
                failures.add(seed + ": unreachable on foot " + DistrictChecks.unreachableRooms(d));
            }
            if (!DistrictChecks.lockedForever(d).isEmpty() || DistrictChecks.hasUnobtainableGate(d)) {
                failures.add(seed + ": not completable with its pickups " + DistrictChecks.lockedForever(d));
            }
            for (AnchorPin pin : anchors) {
                PlacedRoom room = d.room(pin.id()).orElse(null);
                if (room == null || room.bounds().x() != pin.x() || room.bounds().y() != pin.y() || !room.pinned()
                        || !pin.id().equals(room.anchor()) || room.rotation() != pin.rotationDegrees()
                        || !room.templateId().equals(pin.templateId())) {
                    failures.add(seed + ": anchor " + pin.id() + " not at its pin");
                }
                if (room != null) {
                    for (PlacedRoom other : d.rooms()) {
                        if (other != room && other.bounds().intersects(room.bounds().expand(2))) {
                            failures.add(seed + ": room " + other.id() + " inside the buffer of anchor " + pin.id());
                        }
                    }
                }
            }
            if (failures.size() > 20) {
                break;
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void sameRequestGivesAnEqualDistrict() throws RequestException {
        for (long seed : new long[] {0, 42, 4294967295L}) {
            DistrictRequest request = new DistrictRequest(seed, DistrictConfig.DEFAULTS, threeAnchors(), List.of());
            District a = GENERATOR.generate(request);
            District b = new DistrictGenerator(LIBRARY).generate(request);
            assertEquals(a.tiles(), b.tiles());
            assertEquals(a.rooms(), b.rooms());
            assertEquals(a.connections(), b.connections());
            assertEquals(a.graph(), b.graph());
        }
    }

    @Test
    void shortcutsAndGatesAppearAcrossSeeds() throws RequestException {
        int shortcuts = 0;
        int gates = 0;
        int bspRooms = 0;
        for (long seed = 1; seed <= 50; seed++) {
            District d = GENERATOR.generate(DistrictRequest.of(seed));
            shortcuts += (int) d.graph().connections().stream().filter(c -> !c.required()).count();
            gates += (int) d.graph().connections().stream().filter(c -> c.requires() != null).count();
            bspRooms += (int) d.rooms().stream().filter(r -> !r.subRooms().isEmpty()).count();
        }
        assertTrue(shortcuts > 50, "shortcuts over 50 seeds: " + shortcuts);
        assertTrue(gates >= 150, "ability gates over 50 seeds: " + gates);
        assertTrue(bspRooms > 10, "BSP interiors over 50 seeds: " + bspRooms);
    }
}
