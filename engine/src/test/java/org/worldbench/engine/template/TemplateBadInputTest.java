package org.worldbench.engine.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.worldbench.engine.io.InputException;

/** Every kind of bad template file is one clear line naming the file, the place and the problem. */
class TemplateBadInputTest {

    private static final String TILES = "\"tiles\": [\"##D##\", \"#...#\", \"#...#\", \"#####\"]";
    private static final String DOOR = "\"doors\": [{\"id\": \"d1\", \"x\": 2, \"y\": 0, \"side\": \"north\", \"type\": \"main\"}]";

    @TempDir
    Path dir;

    private InputException load(String json) throws Exception {
        Files.writeString(dir.resolve("bad.json"), json);
        return assertThrows(InputException.class, () -> TemplateLibrary.load(dir));
    }

    private static String template(String extra) {
        return "{\"id\": \"t1\", \"type\": \"apartment\", " + TILES + ", " + DOOR + extra + "}";
    }

    @Test
    void aGoodTemplateLoads() throws Exception {
        Files.writeString(dir.resolve("good.json"), template(""));
        assertEquals(1, TemplateLibrary.load(dir).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "empty file         | ``                                                    | file is empty",
        "malformed          | {\"id\": \"t1\", \"type\": }                           | malformed JSON",
        "truncated          | {\"id\": \"t1\", \"tiles\": [\"##D##\"                   | truncated",
        "unknown field      | {\"id\": \"t1\", \"colour\": 1}                           | unknown field 'colour'",
        "duplicated field   | {\"id\": \"t1\", \"id\": \"t2\"}                          | duplicate field 'id'",
        "wrong type         | {\"id\": \"t1\", \"type\": \"apartment\", \"tiles\": \"##\"} | $.tiles",
    })
    void syntaxAndShapeProblems(String what, String json, String expected) throws Exception {
        assertOneLine(load(json == null ? "" : json), expected);
    }

    @Test
    void trailingGarbage() throws Exception {
        assertOneLine(load(template("") + " trailing"), "trailing content");
    }

    @Test
    void absurdNesting() throws Exception {
        assertOneLine(load("{\"tags\": " + "[".repeat(100) + "]".repeat(100) + "}"), "nesting deeper than");
    }

    @Test
    void outOfRangeAndNegativeSizes() throws Exception {
        String huge = "{\"id\": \"t1\", \"type\": \"apartment\", \"tiles\": [\"" + "#".repeat(70) + "\", \"#D#\"], " + DOOR + "}";
        assertOneLine(load(huge), "sides must be 3..64");
        String tiny = "{\"id\": \"t1\", \"type\": \"apartment\", \"tiles\": [\"#D\", \"##\"], " + DOOR + "}";
        assertOneLine(load(tiny), "sides must be 3..64");
        String negative = "{\"id\": \"t1\", \"type\": \"apartment\", " + TILES
                + ", \"doors\": [{\"id\": \"d1\", \"x\": -2, \"y\": 0, \"side\": \"north\"}]}";
        assertOneLine(load(negative), "is not on the north wall");
    }

    @Test
    void doorOffTheWall() throws Exception {
        String json = "{\"id\": \"t1\", \"type\": \"apartment\", " + TILES
                + ", \"doors\": [{\"id\": \"d1\", \"x\": 2, \"y\": 1, \"side\": \"north\"}]}";
        InputException e = load(json);
        assertOneLine(e, "door 'd1' at 2,1 is not on the north wall");
        assertTrue(e.getMessage().contains("$.doors") || e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void doorNotOnADoorTile() throws Exception {
        String json = "{\"id\": \"t1\", \"type\": \"apartment\", \"tiles\": [\"#####\", \"#...#\", \"#...#\", \"#####\"], " + DOOR + "}";
        assertOneLine(load(json), "is not on a 'D' tile");
    }

    @Test
    void duplicateDoorIds() throws Exception {
        String json = "{\"id\": \"t1\", \"type\": \"apartment\", \"tiles\": [\"##D##\", \"D...#\", \"#...#\", \"#####\"], "
                + "\"doors\": [{\"id\": \"d1\", \"x\": 2, \"y\": 0, \"side\": \"north\"}, {\"id\": \"d1\", \"x\": 0, \"y\": 1, \"side\": \"west\"}]}";
        assertOneLine(load(json), "door id 'd1' is used twice");
    }

    @Test
    void duplicateTemplateIdsAcrossFiles() throws Exception {
        Files.writeString(dir.resolve("a.json"), template(""));
        Files.writeString(dir.resolve("b.json"), template(""));
        InputException e = assertThrows(InputException.class, () -> TemplateLibrary.load(dir));
        assertTrue(e.getMessage().startsWith(dir.resolve("b.json").toString()), e.getMessage());
        assertOneLine(e, "already used by a.json");
    }

    @Test
    void raggedRowsAndUnknownCharacters() throws Exception {
        assertOneLine(load("{\"id\": \"t1\", \"type\": \"apartment\", \"tiles\": [\"##D##\", \"#..#\", \"#####\"], " + DOOR + "}"),
                "tiles row 1 has 4 tiles");
        assertOneLine(load("{\"id\": \"t1\", \"type\": \"apartment\", \"tiles\": [\"##D##\", \"#.?.#\", \"#####\"], " + DOOR + "}"),
                "unknown tile character '?'");
    }

    @Test
    void unknownEnumValueAndPointOnAWall() throws Exception {
        assertOneLine(load("{\"id\": \"t1\", \"type\": \"apartment\", " + TILES
                + ", \"doors\": [{\"id\": \"d1\", \"x\": 2, \"y\": 0, \"side\": \"up\"}]}"), "$.doors[0].side");
        assertOneLine(load(template(", \"interactionPoints\": [{\"id\": \"p\", \"x\": 4, \"y\": 1, \"kind\": \"npc\"}]")),
                "is not inside the wall ring");
        String furniture = "{\"id\": \"t1\", \"type\": \"apartment\", \"tiles\": [\"##D##\", \"#.F.#\", \"#...#\", \"#####\"], " + DOOR
                + ", \"interactionPoints\": [{\"id\": \"p\", \"x\": 2, \"y\": 1, \"kind\": \"npc\"}]}";
        assertOneLine(load(furniture), "stands on furniture");
    }

    private void assertOneLine(InputException e, String fragment) {
        String message = e.getMessage();
        assertTrue(message.startsWith(dir.toString()), "names the file: " + message);
        assertTrue(message.contains(fragment), "'" + message + "' should contain '" + fragment + "'");
        assertEquals(1, message.lines().count(), "one line: " + message);
        assertFalse(message.contains("Exception"), "no exception names: " + message);
    }
}
