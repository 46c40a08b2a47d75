package org.worldbench.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.worldbench.app.cli.Workspace;
import org.worldbench.editor.bench.EditorFigures;

/**
 * The editor's instrumented run, quick: it completes in the real window headless, every figure is
 * a measurement, and the burst of 1,000 queued requests applies only the last one and leaves the
 * task threads as it found them. No timing is asserted: the figures are for the benchmark.
 */
class EditorFiguresSmokeTest {

    @Test
    void theQuickEditorRunMeasuresEveryFigureAndTheBurstAppliesOnlyTheLastRequest() throws Exception {
        EditorFigures.useHeadlessScreen();
        List<EditorFigures.Row> rows = EditorFigures.measure(Workspace.pipeline(null),
                Workspace.root().resolve("samples").resolve("noir-quarter.wbproj.json"), true);
        assertEquals(9, rows.size(), rows.toString());
        for (EditorFigures.Row row : rows) {
            assertTrue(row.median() > 0 && Double.isFinite(row.median()) && row.p95() >= row.median(), row.toString());
        }
        String burst = rows.stream().filter(r -> r.name().contains("pulse gap during 1,000")).findFirst().orElseThrow().note();
        assertTrue(burst.contains("last applied: true (seed 5999)"), burst);
        Matcher threads = Pattern.compile("task threads (\\d+) -> (\\d+)").matcher(burst);
        assertTrue(threads.find(), burst);
        assertEquals(threads.group(1), threads.group(2), "no task thread leaked: " + burst);
    }
}
