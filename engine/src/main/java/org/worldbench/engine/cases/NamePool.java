package org.worldbench.engine.cases;

import java.util.List;

/** First names, last names and occupations NPCs are drawn from ({@code templates/names/people.json}). */
public record NamePool(List<String> first, List<String> last, List<String> occupations) {

    public NamePool {
        if (first == null || first.size() < 4 || last == null || last.size() < 4 || occupations == null || occupations.isEmpty()) {
            throw new IllegalArgumentException("a name pool needs at least 4 first names, 4 last names and 1 occupation");
        }
        first = List.copyOf(first);
        last = List.copyOf(last);
        occupations = List.copyOf(occupations);
    }
}
