package org.worldbench.engine.layout;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a connection between two rooms presents itself to the player. */
public enum DoorType {
    /** An ordinary door on the way through the district. */
    @JsonProperty("main") MAIN,
    /** A door that needs an ability (a key, a lockpick, a hack) to pass. */
    @JsonProperty("locked") LOCKED,
    /** A secret door: passable, but easy to miss. */
    @JsonProperty("hidden") HIDDEN,
    /** An extra door that closes a loop, so backtracking is short. */
    @JsonProperty("shortcut") SHORTCUT;

    /** The lower-case name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
