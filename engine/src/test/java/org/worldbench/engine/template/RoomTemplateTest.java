package org.worldbench.engine.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.geom.Side;
import org.worldbench.engine.testing.TestData;

class RoomTemplateTest {

    private static final TemplateLibrary LIBRARY = TestData.templates();

    @Test
    void theShippedLibraryHasWhatADistrictNeeds() {
        assertTrue(LIBRARY.size() >= 20, "at least 20 templates, found " + LIBRARY.size());
        Map<String, Integer> counts = LIBRARY.all().stream().collect(Collectors.groupingBy(RoomTemplate::type, Collectors.summingInt(t -> 1)));
        assertTrue(counts.getOrDefault("detective_office", 0) >= 1);
        assertTrue(counts.getOrDefault("crime_scene", 0) >= 3);
        assertTrue(counts.getOrDefault("apartment", 0) >= 5);
        assertTrue(counts.getOrDefault("alley", 0) >= 3);
        assertTrue(counts.getOrDefault("evidence_storage", 0) >= 2);
        for (String type : List.of("hall", "corridor", "lobby", "stairwell")) {
            assertTrue(counts.getOrDefault(type, 0) >= 1, "needs " + type);
        }
        assertTrue(LIBRARY.all().stream().anyMatch(RoomTemplate::bspInterior), "some large rooms have BSP interiors");
    }

    @Test
    void rotationRoundTripsEveryTileOfEveryTemplate() {
        for (RoomTemplate t : LIBRARY.all()) {
            for (Rotation r : Rotation.values()) {
                int w = t.width();
                int h = t.height();
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        Point world = r.localToWorld(x, y, w, h, 10, 20);
                        assertEquals(new Point(x, y), r.worldToLocal(world.x(), world.y(), w, h, 10, 20), t.id() + " " + r);
                        RoomTemplate turned = t.rotated(r);
                        assertEquals(t.codeAt(x, y), turned.codeAt(world.x() - 10, world.y() - 20), t.id() + " " + r);
                    }
                }
            }
        }
    }

    @Test
    void fourQuarterTurnsAreIdentityAndDoorSidesTurn() {
        RoomTemplate t = LIBRARY.byId("crime_scene_study").orElseThrow();
        RoomTemplate turned = t.rotated(Rotation.R90).rotated(Rotation.R90).rotated(Rotation.R90).rotated(Rotation.R90);
        assertEquals(t, turned);
        RoomTemplate quarter = t.rotated(Rotation.R90);
        assertEquals(t.height(), quarter.width());
        assertEquals(t.width(), quarter.height());
        TemplateDoor north = t.doors().stream().filter(d -> d.side() == Side.NORTH).findFirst().orElseThrow();
        TemplateDoor same = quarter.doors().stream().filter(d -> d.id().equals(north.id())).findFirst().orElseThrow();
        assertEquals(Side.EAST, same.side());
        assertEquals(quarter.width() - 1, same.x());
    }

    @Test
    void libraryGroupsAndFits() {
        assertEquals(LIBRARY.ofType("apartment").stream().map(RoomTemplate::id).sorted().toList(),
                LIBRARY.ofType("apartment").stream().map(RoomTemplate::id).toList());
        RoomTemplate narrow = LIBRARY.byId("apartment_narrow").orElseThrow();
        assertTrue(LIBRARY.fitting("apartment", narrow.height(), narrow.width()).stream()
                .anyMatch(t -> t.id().equals("apartment_narrow")), "fits when turned");
        assertTrue(LIBRARY.byId("no_such").isEmpty());
    }
}
