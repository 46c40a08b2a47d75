package org.worldbench.engine.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.io.StrictJson;

/** The case templates by type, and the name pool. Loaded strictly; immutable. */
public final class CaseLibrary {

    private final Map<String, List<CaseTemplate>> byType;
    private final NamePool names;

    private CaseLibrary(Map<String, List<CaseTemplate>> byType, NamePool names) {
        this.byType = byType;
        this.names = names;
    }

    /** Loads {@code templates/cases/*.json} and {@code templates/names/people.json} under a templates folder. */
    public static CaseLibrary load(Path templatesFolder) throws InputException {
        Path cases = templatesFolder.resolve("cases");
        List<Path> files;
        try (Stream<Path> listing = Files.list(cases)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(cases.toString(), "", "cannot list case templates: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InputException(cases.toString(), "", "holds no *.json case templates");
        }
        Map<String, List<CaseTemplate>> byType = new LinkedHashMap<>();
        Map<String, Path> ids = new LinkedHashMap<>();
        for (Path file : files) {
            CaseTemplate t = StrictJson.read(file, CaseTemplate.class);
            Path earlier = ids.putIfAbsent(t.id(), file);
            if (earlier != null) {
                throw new InputException(file.toString(), "$.id", "case template id '" + t.id() + "' is already used by " + earlier.getFileName());
            }
            byType.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
        }
        NamePool names = StrictJson.read(templatesFolder.resolve("names").resolve("people.json"), NamePool.class);
        Map<String, List<CaseTemplate>> frozen = new LinkedHashMap<>();
        byType.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new CaseLibrary(frozen, names);
    }

    /** A library built in code (tests). */
    public static CaseLibrary of(List<CaseTemplate> templates, NamePool names) {
        Map<String, List<CaseTemplate>> byType = new LinkedHashMap<>();
        templates.forEach(t -> byType.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t));
        return new CaseLibrary(byType, names);
    }

    /** Templates of a case type. */
    public List<CaseTemplate> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The case types present, in load order. */
    public List<String> types() {
        return List.copyOf(byType.keySet());
    }

    /** Any template of the type. */
    public Optional<CaseTemplate> first(String type) {
        return ofType(type).stream().findFirst();
    }

    /** The name pool. */
    public NamePool names() {
        return names;
    }
}
