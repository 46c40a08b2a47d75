package org.worldbench.engine.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.district.District;
import org.worldbench.engine.export.CaseJson;
import org.worldbench.engine.export.ExportDocument;
import org.worldbench.engine.export.ResultJson;
import org.worldbench.engine.population.Population;
import org.worldbench.engine.validation.ValidationReport;

/**
 * Everything one request generates: the district, its case, the population and the validation
 * report, with stage timings. Immutable.
 *
 * @param district       the district
 * @param caseFile       the case
 * @param caseSeed       the seed the case was drawn from
 * @param population     the entities
 * @param validation     the validation report
 * @param seedText       the text the world seed was hashed from, or null
 * @param timingsMicros  stage timings in microseconds (not part of the byte-identical promise)
 */
public record GenerationResult(District district, CaseFile caseFile, long caseSeed, Population population,
        ValidationReport validation, String seedText, Map<String, Long> timingsMicros) {

    public GenerationResult {
        timingsMicros = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timingsMicros));
    }

    /** The export JSON (DESIGN.md) of this result. */
    public ObjectNode toExport() {
        Map<String, JsonNode> parts = new LinkedHashMap<>();
        parts.put("case", CaseJson.of(caseFile));
        parts.put("entities", ResultJson.entities(population));
        parts.put("validation", ResultJson.validation(validation));
        return ExportDocument.build(district, seedText, parts, timingsMicros);
    }
}
