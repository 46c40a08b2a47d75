package org.worldbench.engine.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.testing.TestData;

/** Anchors that cannot all be honoured are a clear error naming them, never silently moved. */
class AnchorConflictTest {

    private static final DistrictGenerator GENERATOR = new DistrictGenerator(TestData.templates());
    private static final String OFFICE = TestData.templates().ofType("detective_office").get(0).id();

    private static RequestException refused(List<AnchorPin> anchors) {
        return assertThrows(RequestException.class,
                () -> GENERATOR.generate(new DistrictRequest(5, DistrictConfig.DEFAULTS, anchors, List.of())));
    }

    @Test
    void overlappingAnchorsAreNamed() {
        RequestException e = refused(List.of(new AnchorPin("a", OFFICE, 10, 10, true, null),
                new AnchorPin("b", OFFICE, 12, 11, true, null)));
        assertEquals("$.anchors[1]", e.place());
        assertTrue(e.getMessage().contains("'a'") && e.getMessage().contains("'b'"), e.getMessage());
    }

    @Test
    void anchorsInsideEachOthersBufferAreRefused() {
        int width = TestData.templates().byId(OFFICE).orElseThrow().width();
        RequestException e = refused(List.of(new AnchorPin("a", OFFICE, 10, 10, true, null),
                new AnchorPin("b", OFFICE, 10 + width + 1, 10, true, null)));
        assertTrue(e.getMessage().contains("buffer"), e.getMessage());
    }

    @Test
    void anchorsOutOfBoundsAreNamed() {
        RequestException e = refused(List.of(new AnchorPin("far", OFFICE, 99, 10, true, null)));
        assertEquals("$.anchors[0]", e.place());
        assertTrue(e.getMessage().contains("'far'") && e.getMessage().contains("outside"), e.getMessage());
    }

    @Test
    void unknownTemplateIsNamed() {
        RequestException e = refused(List.of(new AnchorPin("x", "no_such_template", 10, 10, true, null)));
        assertEquals("$.anchors[0].templateId", e.place());
        assertTrue(e.getMessage().contains("no_such_template"), e.getMessage());
    }

    @Test
    void anAnchorWalledOffByOthersCannotBeConnected() {
        // A ring of anchors around a middle one leaves it no way out.
        List<AnchorPin> anchors = new java.util.ArrayList<>();
        anchors.add(new AnchorPin("middle", OFFICE, 44, 34, true, null));
        var template = TestData.templates().byId(OFFICE).orElseThrow();
        int w = template.width() + 3;
        int h = template.height() + 3;
        int n = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (dx != 0 || dy != 0) {
                    anchors.add(new AnchorPin("ring" + n++, OFFICE, 44 + dx * w, 34 + dy * h, true, null));
                }
            }
        }
        RequestException e = refused(anchors);
        assertTrue(e.getMessage().contains("cannot be connected") || e.getMessage().contains("rooms fit"), e.getMessage());
    }

    @Test
    void anchorsAreNeverMoved() throws RequestException {
        District d = GENERATOR.generate(new DistrictRequest(5, DistrictConfig.DEFAULTS,
                List.of(new AnchorPin("a", OFFICE, 17, 23, true, 180)), List.of()));
        PlacedRoom room = d.room("a").orElseThrow();
        assertEquals(17, room.bounds().x());
        assertEquals(23, room.bounds().y());
        assertEquals(180, room.rotation());
    }
}
