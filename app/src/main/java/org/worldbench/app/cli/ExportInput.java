package org.worldbench.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.io.StrictJson;

/** Reads an export JSON file as a tree, with the strict reader's one-line errors. */
final class ExportInput {

    private ExportInput() {
    }

    static JsonNode read(Path file) throws InputException {
        JsonNode node = StrictJson.read(file, JsonNode.class);
        if (!node.isObject()) {
            throw new InputException(file.toString(), "$", "expected an export JSON object");
        }
        return node;
    }
}
