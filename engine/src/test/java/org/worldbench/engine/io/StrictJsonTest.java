package org.worldbench.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    record Point(int x, int y) {
        Point {
            if (x < 0) {
                throw new IllegalArgumentException("x must be >= 0, was " + x);
            }
        }
    }

    record Shape(String name, List<Point> points) {
    }

    private static InputException fail(String json) {
        return assertThrows(InputException.class, () -> StrictJson.read("shape.json", json, Shape.class));
    }

    @Test
    void readsValidInput() throws InputException {
        Shape s = StrictJson.read("shape.json", "{\"name\":\"a\",\"points\":[{\"x\":1,\"y\":2}]}", Shape.class);
        assertEquals(new Shape("a", List.of(new Point(1, 2))), s);
    }

    @Test
    void everyProblemIsOneLineNamingFilePlaceAndProblem() {
        assertEquals("shape.json: file is empty", fail("  ").getMessage());
        assertTrue(fail("{\"name\":\"a\", \"colour\":1}").getMessage()
                .matches("shape\\.json: at \\$\\.colour \\(line 1, column \\d+\\): unknown field 'colour'.*"));
        assertContains(fail("{\"name\":\"a\",\"name\":\"b\"}").getMessage(), "duplicate field 'name'");
        assertContains(fail("{\"name\":\"a\"} x").getMessage(), "trailing content");
        assertContains(fail("{\"name\":\"a\",\"points\":[").getMessage(), "truncated");
        InputException wrongType = fail("{\"points\":[{\"x\":\"1\",\"y\":2}]}");
        assertTrue(wrongType.getMessage().startsWith("shape.json: at $.points[0].x"), wrongType.getMessage());
        assertTrue(wrongType.getMessage().contains("expected an integer"), wrongType.getMessage());
        InputException fractional = fail("{\"points\":[{\"x\":1.5,\"y\":2}]}");
        assertTrue(fractional.getMessage().contains("$.points[0].x"), fractional.getMessage());
        InputException negative = fail("{\"points\":[{\"x\":-1,\"y\":2}]}");
        assertTrue(negative.getMessage().contains("x must be >= 0, was -1"), negative.getMessage());
        assertTrue(negative.getMessage().contains("$.points[0]"), negative.getMessage());
        assertContains(fail("{\"name\": }").getMessage(), "malformed JSON");
        String deep = "{\"name\":" + "[".repeat(200) + "]".repeat(200) + "}";
        assertTrue(fail(deep).getMessage().contains("nesting deeper than 64"), fail(deep).getMessage());
        for (String json : List.of("  ", "{\"colour\":1}", "{\"name\": }", deep)) {
            assertEquals(1, fail(json).getMessage().lines().count(), "one line for " + json);
        }
    }

    private static void assertContains(String message, String fragment) {
        assertTrue(message.contains(fragment), "'" + message + "' should contain '" + fragment + "'");
    }

    @Test
    void rejectsInvalidUtf8() {
        InputException e = assertThrows(InputException.class,
                () -> StrictJson.read("bad.json", new byte[] {'{', (byte) 0xC3, '}'}, Shape.class));
        assertEquals("bad.json: not valid UTF-8 text", e.getMessage());
    }
}
