package org.worldbench.engine.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;

/**
 * The evidence graph on JGraphT: an edge from clue A to clue B when A reveals a token B requires
 * ("what unlocks what"). Acyclic by construction; adding a cycle is refused. Layers give each clue
 * its depth in the chain (0 for clues that need nothing).
 */
public final class EvidenceGraph {

    private final Graph<String, DefaultEdge> graph;
    private final Map<String, Integer> layer;

    private EvidenceGraph(Graph<String, DefaultEdge> graph, Map<String, Integer> layer) {
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.layer = Map.copyOf(layer);
    }

    /** Builds the graph of a case. O(E · T) for E clues and T tokens. */
    public static EvidenceGraph of(CaseFile caseFile) {
        DirectedAcyclicGraph<String, DefaultEdge> dag = new DirectedAcyclicGraph<>(DefaultEdge.class);
        Map<String, List<String>> revealedBy = new HashMap<>();
        for (Evidence e : caseFile.evidence()) {
            dag.addVertex(e.id());
            for (String token : e.reveals()) {
                revealedBy.computeIfAbsent(token, k -> new java.util.ArrayList<>()).add(e.id());
            }
        }
        for (Evidence e : caseFile.evidence()) {
            for (String token : e.requires()) {
                for (String source : revealedBy.getOrDefault(token, List.of())) {
                    if (!source.equals(e.id()) && !dag.containsEdge(source, e.id())) {
                        dag.addEdge(source, e.id()); // throws IllegalArgumentException on a cycle
                    }
                }
            }
        }
        Map<String, Integer> layer = new HashMap<>();
        for (String id : dag) { // topological order
            int depth = 0;
            for (DefaultEdge edge : dag.incomingEdgesOf(id)) {
                depth = Math.max(depth, layer.get(dag.getEdgeSource(edge)) + 1);
            }
            layer.put(id, depth);
        }
        return new EvidenceGraph(dag, layer);
    }

    /** The read-only JGraphT graph (vertices are evidence ids). */
    public Graph<String, DefaultEdge> graph() {
        return graph;
    }

    /** Depth of a clue in the chain. */
    public int layer(String evidenceId) {
        Integer l = layer.get(evidenceId);
        if (l == null) {
            throw new IllegalArgumentException("no evidence '" + evidenceId + "'");
        }
        return l;
    }

    /** The deepest layer. */
    public int depth() {
        return layer.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
