package org.worldbench.engine.export;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.Evidence;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.layout.Connection;

/**
 * The layout graph and the evidence graph as GraphML and DOT, through jgrapht-io, with the
 * attributes graph tools show: room type, template, anchor; door type and ability; clue type, room,
 * herring.
 */
public final class GraphExport {

    private GraphExport() {
    }

    /** The layout graph as GraphML. */
    public static String layoutGraphMl(District district) {
        GraphMLExporter<String, Connection> exporter = new GraphMLExporter<>(v -> v);
        exporter.setExportVertexLabels(true);
        exporter.setEdgeIdProvider(Connection::id);
        registerAll(exporter, GraphMLExporter.AttributeCategory.NODE, "type", "templateId", "anchor", "x", "y");
        registerAll(exporter, GraphMLExporter.AttributeCategory.EDGE, "doorType", "requires", "required");
        exporter.setVertexAttributeProvider(roomAttributes(district));
        exporter.setEdgeAttributeProvider(GraphExport::connectionAttributes);
        return write(w -> exporter.exportGraph(district.graph().graph(), w));
    }

    /** The layout graph as DOT. */
    public static String layoutDot(District district) {
        DOTExporter<String, Connection> exporter = new DOTExporter<>(GraphExport::dotId);
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Attribute> a = new LinkedHashMap<>(roomAttributes(district).apply(v));
            a.put("label", DefaultAttribute.createAttribute(v + " (" + district.room(v).orElseThrow().type() + ")"));
            return a;
        });
        exporter.setEdgeAttributeProvider(c -> {
            Map<String, Attribute> a = new LinkedHashMap<>(connectionAttributes(c));
            a.put("label", DefaultAttribute.createAttribute(c.requires() == null ? c.doorType().jsonName() : c.requires()));
            a.put("style", DefaultAttribute.createAttribute(switch (c.doorType()) {
                case HIDDEN -> "dashed";
                case SHORTCUT -> "dotted";
                default -> "solid";
            }));
            return a;
        });
        return write(w -> exporter.exportGraph(district.graph().graph(), w));
    }

    /** The evidence graph (clue → clue it unlocks) as GraphML. */
    public static String evidenceGraphMl(CaseFile caseFile) {
        GraphMLExporter<String, DefaultEdge> exporter = new GraphMLExporter<>(v -> v);
        exporter.setExportVertexLabels(true);
        registerAll(exporter, GraphMLExporter.AttributeCategory.NODE, "type", "room", "redHerring", "reveals", "requires");
        exporter.setVertexAttributeProvider(clueAttributes(caseFile));
        return write(w -> exporter.exportGraph(caseFile.graph().graph(), w));
    }

    /** The evidence graph as DOT. */
    public static String evidenceDot(CaseFile caseFile) {
        DOTExporter<String, DefaultEdge> exporter = new DOTExporter<>(GraphExport::dotId);
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Attribute> a = new LinkedHashMap<>(clueAttributes(caseFile).apply(v));
            Evidence e = caseFile.evidence(v).orElseThrow();
            a.put("label", DefaultAttribute.createAttribute(v + " (" + e.type().jsonName() + ")"));
            if (e.redHerring()) {
                a.put("color", DefaultAttribute.createAttribute("red"));
            }
            return a;
        });
        return write(w -> exporter.exportGraph(caseFile.graph().graph(), w));
    }

    /** DOT ids must not start with a digit or hold dashes: quote-free, stable ids. */
    private static String dotId(String id) {
        return "n_" + id.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static Function<String, Map<String, Attribute>> roomAttributes(District district) {
        return v -> {
            PlacedRoom room = district.room(v).orElseThrow();
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("type", DefaultAttribute.createAttribute(room.type()));
            a.put("templateId", DefaultAttribute.createAttribute(room.templateId()));
            a.put("anchor", DefaultAttribute.createAttribute(room.anchor() == null ? "" : room.anchor()));
            a.put("x", DefaultAttribute.createAttribute(room.bounds().x()));
            a.put("y", DefaultAttribute.createAttribute(room.bounds().y()));
            return a;
        };
    }

    private static Map<String, Attribute> connectionAttributes(Connection c) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("doorType", DefaultAttribute.createAttribute(c.doorType().jsonName()));
        a.put("requires", DefaultAttribute.createAttribute(c.requires() == null ? "" : c.requires()));
        a.put("required", DefaultAttribute.createAttribute(c.required()));
        return a;
    }

    private static Function<String, Map<String, Attribute>> clueAttributes(CaseFile caseFile) {
        return v -> {
            Evidence e = caseFile.evidence(v).orElseThrow();
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("type", DefaultAttribute.createAttribute(e.type().jsonName()));
            a.put("room", DefaultAttribute.createAttribute(e.room()));
            a.put("redHerring", DefaultAttribute.createAttribute(e.redHerring()));
            a.put("reveals", DefaultAttribute.createAttribute(String.join(",", e.reveals())));
            a.put("requires", DefaultAttribute.createAttribute(String.join(",", e.requires())));
            return a;
        };
    }

    private static <V, E> void registerAll(GraphMLExporter<V, E> exporter, GraphMLExporter.AttributeCategory category,
            String... names) {
        for (String name : names) {
            AttributeType type = switch (name) {
                case "x", "y" -> AttributeType.INT;
                case "required", "redHerring" -> AttributeType.BOOLEAN;
                default -> AttributeType.STRING;
            };
            exporter.registerAttribute(name, category, type);
        }
    }

    private interface WriterJob {
        void run(StringWriter writer);
    }

    private static String write(WriterJob job) {
        StringWriter w = new StringWriter();
        job.run(w);
        return w.toString().replace("\r\n", "\n");
    }
}
