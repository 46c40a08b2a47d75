package org.worldbench.engine.layout;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may enter a room. */
public enum Accessibility {
    @JsonProperty("public") PUBLIC,
    @JsonProperty("locked") LOCKED,
    @JsonProperty("hidden") HIDDEN
}
