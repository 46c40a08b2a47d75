package org.worldbench.engine.world;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The three shapes of endless world (seeds 001, 002 and 000). */
public enum Topology {
    /** A ring of 264,000 one-kilometre chunks a floor, ids {@code floor_index}; 263999 meets 0. */
    @JsonProperty("ring") RING,
    /** An endless side view in columns 16 tiles wide, ids the column key (negative too). */
    @JsonProperty("strip") STRIP,
    /** An endless 2-D plane of city chunks, ids {@code x_y}. */
    @JsonProperty("plane") PLANE;

    /** The lower-case name used in JSON and ids. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
