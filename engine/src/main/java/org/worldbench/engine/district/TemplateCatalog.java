package org.worldbench.engine.district;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worldbench.engine.template.Rotation;
import org.worldbench.engine.template.RoomTemplate;
import org.worldbench.engine.template.TemplateLibrary;

/**
 * Every template of a library in all four rotations, grouped by room type, in a fixed order (type,
 * template id, rotation) so choices drawn from it are deterministic.
 */
final class TemplateCatalog {

    private final TemplateLibrary library;
    private final Map<String, List<TemplateVariant>> byType = new LinkedHashMap<>();

    TemplateCatalog(TemplateLibrary library) {
        this.library = library;
        for (String type : library.types()) {
            List<TemplateVariant> variants = new ArrayList<>();
            for (RoomTemplate template : library.ofType(type)) {
                for (Rotation rotation : Rotation.values()) {
                    variants.add(new TemplateVariant(template.rotated(rotation), rotation.degrees()));
                }
            }
            byType.put(type, Collections.unmodifiableList(variants));
        }
    }

    TemplateLibrary library() {
        return library;
    }

    List<String> types() {
        return List.copyOf(byType.keySet());
    }

    /** Variants of a type that fit inside a box of the given size. */
    List<TemplateVariant> fittingWithin(String type, int maxWidth, int maxHeight) {
        List<TemplateVariant> out = new ArrayList<>();
        for (TemplateVariant v : byType.getOrDefault(type, List.of())) {
            if (v.width() <= maxWidth && v.height() <= maxHeight) {
                out.add(v);
            }
        }
        return out;
    }

    /** Variants of a type whose footprint is exactly the given size. */
    List<TemplateVariant> withFootprint(String type, int width, int height) {
        List<TemplateVariant> out = new ArrayList<>();
        for (TemplateVariant v : byType.getOrDefault(type, List.of())) {
            if (v.width() == width && v.height() == height) {
                out.add(v);
            }
        }
        return out;
    }

    /** One template turned by a rotation in degrees. */
    TemplateVariant variant(RoomTemplate template, int rotationDegrees) {
        return new TemplateVariant(template.rotated(Rotation.fromDegrees(rotationDegrees)), rotationDegrees);
    }
}
