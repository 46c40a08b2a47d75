package org.worldbench.engine.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.random.SeededRandom;
import org.worldbench.engine.testing.TestData;

/**
 * Re-seeding a room, a subtree or a region changes the selected rooms and nothing else: every tile
 * outside them, every other room, every connection and every anchor stay identical.
 */
class SelectiveRegenerationTest {

    private static final DistrictGenerator GENERATOR = new DistrictGenerator(TestData.templates());

    @Test
    void reseedingARoomSubtreeOrRegionTouchesOnlyTheSelection() throws RequestException {
        int changedSomewhere = 0;
        for (long seed = 1; seed <= 200; seed++) {
            List<AnchorPin> anchors = seed % 2 == 0 ? DistrictPropertiesTest.threeAnchors() : List.of();
            District base = GENERATOR.generate(new DistrictRequest(seed, DistrictConfig.DEFAULTS, anchors, List.of()));
            SeededRandom pick = new SeededRandom(seed * 31);
            List<PlacedRoom> free = base.rooms().stream().filter(r -> !r.pinned()).toList();
            PlacedRoom room = pick.choice(free);
            PlacedRoom root = pick.choice(free);
            int rx = pick.randomInt(0, 70);
            int ry = pick.randomInt(0, 50);
            List<PartOverride> selections = List.of(
                    new PartOverride("room:" + room.id(), seed + 1000),
                    new PartOverride("subtree:" + root.id(), seed + 2000),
                    new PartOverride("region:" + rx + "," + ry + ",25,20", seed + 3000));
            for (PartOverride override : selections) {
                District after = GENERATOR.generate(base.request().withOverrides(List.of(override)));
                Set<String> selected = selectedRooms(base, override);
                assertOnlySelectionChanged(base, after, selected, seed + " " + override.part());
                District regenerated = GENERATOR.regenerate(base, List.of(override));
                assertEquals(after.tiles(), regenerated.tiles(), "regenerate == generate for " + override.part());
                assertEquals(after.rooms(), regenerated.rooms());
                if (!after.tiles().equals(base.tiles())) {
                    changedSomewhere++;
                }
            }
        }
        assertTrue(changedSomewhere > 300, "re-seeding should usually change the selection: " + changedSomewhere);
    }

    private static Set<String> selectedRooms(District d, PartOverride override) {
        Set<String> ids = new HashSet<>();
        PartOverride.Target target = override.target();
        if (target instanceof PartOverride.RoomTarget r) {
            ids.add(r.roomId());
        } else if (target instanceof PartOverride.SubtreeTarget s) {
            ids.addAll(d.subtree(s.roomId()));
        } else if (target instanceof PartOverride.RegionTarget g) {
            d.rooms().stream().filter(r -> r.bounds().intersects(g.region())).forEach(r -> ids.add(r.id()));
        }
        d.rooms().stream().filter(PlacedRoom::pinned).forEach(r -> ids.remove(r.id()));
        return ids;
    }

    private static void assertOnlySelectionChanged(District before, District after, Set<String> selected, String what) {
        List<Rect> selectedBounds = before.rooms().stream().filter(r -> selected.contains(r.id())).map(PlacedRoom::bounds).toList();
        for (int y = 0; y < before.height(); y++) {
            for (int x = 0; x < before.width(); x++) {
                final int fx = x;
                final int fy = y;
                boolean inside = selectedBounds.stream().anyMatch(b -> b.contains(fx, fy));
                if (!inside) {
                    assertEquals(before.tiles().get(x, y), after.tiles().get(x, y), what + ": tile " + x + "," + y + " changed");
                }
            }
        }
        for (int i = 0; i < before.rooms().size(); i++) {
            PlacedRoom b = before.rooms().get(i);
            PlacedRoom a = after.rooms().get(i);
            assertEquals(b.bounds(), a.bounds(), what + ": footprint of " + b.id());
            assertEquals(b.doors(), a.doors(), what + ": doors of " + b.id());
            if (!selected.contains(b.id())) {
                assertEquals(b, a, what + ": room " + b.id() + " outside the selection changed");
            }
        }
        assertEquals(before.connections(), after.connections(), what + ": connections");
        assertEquals(before.graph(), after.graph(), what + ": graph");
        assertEquals(before.start(), after.start(), what + ": start");
    }

    @Test
    void overridesNamingMissingRoomsOrAnchorsAreRefused() throws RequestException {
        District base = GENERATOR.generate(new DistrictRequest(7, DistrictConfig.DEFAULTS,
                DistrictPropertiesTest.threeAnchors(), List.of()));
        RequestException missing = assertThrows(RequestException.class,
                () -> GENERATOR.generate(base.request().withOverrides(List.of(new PartOverride("room:r999", 1)))));
        assertEquals("$.overrides[0]", missing.place());
        assertTrue(missing.getMessage().contains("room:r999"));
        RequestException anchor = assertThrows(RequestException.class,
                () -> GENERATOR.generate(base.request().withOverrides(List.of(new PartOverride("room:office", 1)))));
        assertTrue(anchor.getMessage().contains("pinned anchor 'office'"), anchor.getMessage());
    }

    @Test
    void aReseededRoomKeepsItsFootprintAndDoorsButMayChangeTemplate() throws RequestException {
        Set<String> templatesSeen = new HashSet<>();
        District base = GENERATOR.generate(DistrictRequest.of(42));
        PlacedRoom room = base.rooms().stream().filter(r -> r.type().equals("apartment")).findFirst().orElseThrow();
        for (long s = 0; s < 40; s++) {
            District after = GENERATOR.regenerate(base, List.of(new PartOverride("room:" + room.id(), s)));
            PlacedRoom changed = after.room(room.id()).orElseThrow();
            assertEquals(room.bounds(), changed.bounds());
            assertEquals(room.doors(), changed.doors());
            templatesSeen.add(changed.templateId() + "@" + changed.rotation());
        }
        assertFalse(templatesSeen.isEmpty());
        assertNotEquals(0, templatesSeen.size());
    }
}
