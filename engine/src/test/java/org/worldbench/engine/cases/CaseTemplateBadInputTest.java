package org.worldbench.engine.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.testing.TestData;

/** Bad case templates get the same one-line treatment as every other file. */
class CaseTemplateBadInputTest {

    @TempDir
    Path templates;

    @BeforeEach
    void names() throws Exception {
        Files.createDirectories(templates.resolve("cases"));
        Files.createDirectories(templates.resolve("names"));
        Files.copy(TestData.root().resolve("templates/names/people.json"), templates.resolve("names/people.json"));
    }

    private static final String DIFFICULTY = "\"difficulty\": {\"easy\": {\"suspects\": 2, \"chainDepth\": 1, \"redHerrings\": 0, "
            + "\"gatedEvidence\": 0, \"extraEvidence\": 0}, \"medium\": {\"suspects\": 3, \"chainDepth\": 2, \"redHerrings\": 1, "
            + "\"gatedEvidence\": 1, \"extraEvidence\": 1}, \"hard\": {\"suspects\": 4, \"chainDepth\": 3, \"redHerrings\": 2, "
            + "\"gatedEvidence\": 2, \"extraEvidence\": 2}}";

    private static String template(String type, String relationship, String difficulty) {
        return "{\"id\": \"c1\", \"type\": \"" + type + "\", \"relationships\": [" + relationship + "], "
                + "\"weapons\": [\"knife\"], \"approaches\": [\"ambush\"], " + difficulty + "}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "empty                 | ``  | file is empty",
        "malformed             | {\"id\": | truncated",
        "unknown field         | {\"id\": \"c1\", \"villain\": 1} | unknown field 'villain'",
        "duplicated field      | {\"id\": \"c1\", \"id\": \"c2\"} | duplicate field 'id'",
    })
    void syntax(String what, String json, String expected) throws Exception {
        Files.writeString(templates.resolve("cases/bad.json"), json == null ? "" : json);
        assertProblem(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown case type     | heist  | {\"kind\": \"lover\", \"motive\": \"passionate\"} | type must be one of murder, theft, conspiracy",
        "unknown motive        | murder | {\"kind\": \"lover\", \"motive\": \"boredom\"}   | motive must be one of",
        "bad relationship kind | murder | {\"kind\": \"Lover!\", \"motive\": \"passionate\"} | must be lower_snake_case",
    })
    void meaning(String what, String type, String relationship, String expected) throws Exception {
        Files.writeString(templates.resolve("cases/bad.json"), template(type, relationship, DIFFICULTY));
        assertProblem(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "too many herrings     | \"redHerrings\": 1, | \"redHerrings\": 3, | redHerrings must be 0..2",
        "negative chain        | \"chainDepth\": 2,  | \"chainDepth\": -1, | chainDepth must be 1..5",
        "wrong type            | \"suspects\": 3,    | \"suspects\": \"3\", | $.difficulty.medium.suspects",
    })
    void dials(String what, String from, String to, String expected) throws Exception {
        String medium = DIFFICULTY.replace("\"medium\": {\"suspects\": 3", "\"medium\": {\"suspects\": 3");
        int at = medium.indexOf("\"medium\"");
        String changed = medium.substring(0, at) + medium.substring(at).replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to));
        Files.writeString(templates.resolve("cases/bad.json"), template("murder", "{\"kind\": \"lover\", \"motive\": \"passionate\"}", changed));
        assertProblem(expected);
    }

    @org.junit.jupiter.api.Test
    void missingDifficultyLevelAndDuplicateIds() throws Exception {
        Files.writeString(templates.resolve("cases/bad.json"), template("murder", "{\"kind\": \"lover\", \"motive\": \"passionate\"}",
                "\"difficulty\": {}"));
        assertProblem("difficulty must hold exactly easy, medium and hard");
        Files.writeString(templates.resolve("cases/bad.json"), template("murder", "{\"kind\": \"lover\", \"motive\": \"passionate\"}", DIFFICULTY));
        Files.writeString(templates.resolve("cases/copy.json"), template("murder", "{\"kind\": \"lover\", \"motive\": \"passionate\"}", DIFFICULTY));
        assertProblem("already used by bad.json");
    }

    private void assertProblem(String expected) {
        InputException e = assertThrows(InputException.class, () -> CaseLibrary.load(templates));
        assertTrue(e.getMessage().startsWith(templates.resolve("cases").toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), "'" + e.getMessage() + "' should contain '" + expected + "'");
        assertEquals(1, e.getMessage().lines().count());
    }
}
