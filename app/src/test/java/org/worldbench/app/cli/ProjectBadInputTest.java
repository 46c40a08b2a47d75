package org.worldbench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad project file: exit 2, one line on stderr naming the file, the place and the
 * problem, no stack trace, and no output file.
 */
class ProjectBadInputTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "empty file                 | ``                                                                         | file is empty",
        "malformed                  | {\"format\": 1, \"seed\": }                                                | malformed JSON",
        "truncated                  | {\"format\": 1, \"seed\": 4, \"anchors\": [                               | truncated",
        "trailing garbage           | {\"format\": 1, \"seed\": 4} }}                                            | trailing content",
        "unknown field              | {\"format\": 1, \"seed\": 4, \"colour\": \"red\"}                           | $.colour",
        "duplicated field           | {\"format\": 1, \"seed\": 4, \"seed\": 5}                                  | duplicate field 'seed'",
        "wrong type                 | {\"format\": 1, \"seed\": 4, \"district\": {\"width\": \"wide\"}}            | $.district.width",
        "out-of-range size          | {\"format\": 1, \"seed\": 4, \"district\": {\"width\": 5000}}               | width must be between 16 and 1024",
        "negative size              | {\"format\": 1, \"seed\": 4, \"district\": {\"height\": -3}}                | height must be between 16 and 1024",
        "fractional count           | {\"format\": 1, \"seed\": 4, \"district\": {\"minRooms\": 2.5}}             | $.district.minRooms",
        "impossible room range      | {\"format\": 1, \"seed\": 4, \"district\": {\"minRooms\": 40, \"maxRooms\": 30}} | maxRooms must be between 40",
        "negative anchor position   | {\"format\": 1, \"seed\": 4, \"anchors\": [{\"id\": \"a\", \"templateId\": \"x\", \"x\": -1, \"y\": 2}]} | $.anchors[0]",
        "duplicate anchor ids       | {\"format\": 1, \"seed\": 4, \"anchors\": [{\"id\": \"a\", \"templateId\": \"x\", \"x\": 1, \"y\": 2}, {\"id\": \"a\", \"templateId\": \"x\", \"x\": 50, \"y\": 50}]} | used twice",
        "unknown template           | {\"format\": 1, \"seed\": 4, \"anchors\": [{\"id\": \"a\", \"templateId\": \"no_such_room\", \"x\": 1, \"y\": 2}]} | $.anchors[0].templateId",
        "newer format               | {\"format\": 99, \"seed\": 4}                                               | newer than this WorldBench",
        "missing seed               | {\"format\": 1}                                                            | seed",
        "seed of wrong type         | {\"format\": 1, \"seed\": [1]}                                             | $.seed",
        "bad override part          | {\"format\": 1, \"seed\": 4, \"overrides\": [{\"part\": \"door:7\", \"seed\": 1}]} | $.overrides[0]",
        "override of missing room   | {\"format\": 1, \"seed\": 4, \"overrides\": [{\"part\": \"room:r999\", \"seed\": 1}]} | room:r999",
        "override seed out of range | {\"format\": 1, \"seed\": 4, \"overrides\": [{\"part\": \"room:r1\", \"seed\": -1}]} | $.overrides[0]",
        "unknown case type          | {\"format\": 1, \"seed\": 4, \"case\": {\"type\": \"arson\"}}              | case type must be one of murder, theft, conspiracy",
        "unknown difficulty         | {\"format\": 1, \"seed\": 4, \"case\": {\"difficulty\": \"brutal\"}}       | difficulty must be one of easy, medium, hard",
        "unknown case field         | {\"format\": 1, \"seed\": 4, \"case\": {\"villain\": \"npc1\"}}         | $.case.villain",
    })
    void badProjectFilesAreRefusedWithOneClearLine(String what, String content, String expected) throws Exception {
        Path project = dir.resolve("broken.wbproj.json");
        Files.writeString(project, content == null ? "" : content, StandardCharsets.UTF_8);
        Path out = dir.resolve("out.json");
        CliRun run = CliRun.of("generate", "--project", project.toString(), "--out", out.toString());
        assertEquals(2, run.exitCode(), what + ": " + run.err());
        String line = run.err().strip();
        assertEquals(1, line.lines().count(), what + ": one line, got " + run.err());
        assertTrue(line.startsWith("error: " + project), what + ": names the file: " + line);
        assertTrue(line.contains(expected), what + ": '" + line + "' should contain '" + expected + "'");
        assertFalse(line.contains("Exception") || line.contains("\tat "), what + ": no stack trace: " + line);
        assertFalse(Files.exists(out), what + ": no output file");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nested     | 200",
    })
    void absurdNestingIsRefused(String what, int depth) throws Exception {
        Path project = dir.resolve("deep.wbproj.json");
        Files.writeString(project, "{\"format\": 1, \"seed\": 4, \"anchors\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
        CliRun run = CliRun.of("generate", "--project", project.toString(), "--out", dir.resolve("o.json").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("nesting deeper than"), run.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "room:r1            | expected PART=SEED",
        "room:r999=5        | room:r999",
        "door:3=5           | is not one of",
        "region:1,2,3=5     | region:X,Y,W,H",
    })
    void badReseedOptionsAreRefused(String reseed, String expected) {
        CliRun run = CliRun.of("generate", "--seed", "4", "--reseed", reseed, "--out", dir.resolve("o.json").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertEquals(1, run.err().strip().lines().count());
        assertFalse(Files.exists(dir.resolve("o.json")));
    }

    @org.junit.jupiter.api.Test
    void missingProjectFileIsBadInput() {
        CliRun run = CliRun.of("generate", "--project", dir.resolve("nope.wbproj.json").toString(), "--out",
                dir.resolve("o.json").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("file not found"), run.err());
    }

    @org.junit.jupiter.api.Test
    void usageErrorsExitTwo() {
        assertEquals(2, CliRun.of("generate", "--seed", "1").exitCode(), "missing --out");
        assertEquals(2, CliRun.of("no-such-command").exitCode());
        assertEquals(2, CliRun.of("generate", "--out", dir.resolve("o.json").toString()).exitCode(), "no seed");
    }
}
