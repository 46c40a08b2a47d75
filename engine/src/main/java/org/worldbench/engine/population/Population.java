package org.worldbench.engine.population;

import java.util.List;

/** Everything placed in a district, in placement order; at most one entity a tile. */
public record Population(List<Entity> entities) {

    public Population {
        entities = List.copyOf(entities);
    }

    /** Entities of one kind. */
    public List<Entity> ofKind(String kind) {
        return entities.stream().filter(e -> e.kind().equals(kind)).toList();
    }
}
