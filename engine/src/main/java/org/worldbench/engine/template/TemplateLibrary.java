package org.worldbench.engine.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.worldbench.engine.io.InputException;
import org.worldbench.engine.io.StrictJson;

/**
 * The room templates of a project, grouped by type. Immutable once loaded; orders are fixed (types
 * and ids sorted), so anything drawn from it is deterministic.
 */
public final class TemplateLibrary {

    private final Map<String, RoomTemplate> byId;
    private final Map<String, List<RoomTemplate>> byType;

    private TemplateLibrary(List<RoomTemplate> templates) {
        Map<String, RoomTemplate> ids = new TreeMap<>();
        Map<String, List<RoomTemplate>> types = new TreeMap<>();
        for (RoomTemplate t : templates) {
            ids.put(t.id(), t);
            types.computeIfAbsent(t.type(), k -> new ArrayList<>()).add(t);
        }
        Map<String, List<RoomTemplate>> frozen = new LinkedHashMap<>();
        types.forEach((type, list) -> {
            list.sort(Comparator.comparing(RoomTemplate::id));
            frozen.put(type, List.copyOf(list));
        });
        this.byId = Collections.unmodifiableMap(ids);
        this.byType = Collections.unmodifiableMap(frozen);
    }

    /** A library of the given templates; ids must be unique. */
    public static TemplateLibrary of(List<RoomTemplate> templates) {
        Map<String, RoomTemplate> seen = new LinkedHashMap<>();
        for (RoomTemplate t : templates) {
            if (seen.putIfAbsent(t.id(), t) != null) {
                throw new IllegalArgumentException("template id '" + t.id() + "' is used twice");
            }
        }
        return new TemplateLibrary(templates);
    }

    /**
     * Loads every {@code *.json} file of a folder (in file-name order), strictly. A bad file or an
     * id used by two files is an {@link InputException} naming the file.
     */
    public static TemplateLibrary load(Path folder) throws InputException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(folder.toString(), "", "cannot list templates: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InputException(folder.toString(), "", "holds no *.json room templates");
        }
        Map<String, Path> seen = new LinkedHashMap<>();
        List<RoomTemplate> templates = new ArrayList<>();
        for (Path file : files) {
            RoomTemplate t = StrictJson.read(file, RoomTemplate.class);
            Path first = seen.putIfAbsent(t.id(), file);
            if (first != null) {
                throw new InputException(file.toString(), "$.id", "template id '" + t.id() + "' is already used by " + first.getFileName());
            }
            templates.add(t);
        }
        return new TemplateLibrary(templates);
    }

    /** The template with this id. */
    public Optional<RoomTemplate> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Templates of a type, sorted by id (empty when the type is unknown). */
    public List<RoomTemplate> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The types present, sorted. */
    public List<String> types() {
        return List.copyOf(byType.keySet());
    }

    /** Every template, sorted by id. */
    public List<RoomTemplate> all() {
        return List.copyOf(byId.values());
    }

    /** Templates of a type (in any rotation) whose footprint is exactly {@code width × height}. */
    public List<RoomTemplate> fitting(String type, int width, int height) {
        List<RoomTemplate> out = new ArrayList<>();
        for (RoomTemplate t : ofType(type)) {
            for (Rotation r : Rotation.values()) {
                if (r.rotatedWidth(t.width(), t.height()) == width && r.rotatedHeight(t.width(), t.height()) == height) {
                    out.add(t.rotated(r));
                }
            }
        }
        return out;
    }

    /** Number of templates. */
    public int size() {
        return byId.size();
    }
}
