package org.worldbench.engine.template;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What may appear at an interaction point. */
public enum InteractionKind {
    @JsonProperty("evidence") EVIDENCE,
    @JsonProperty("npc") NPC,
    @JsonProperty("quest_trigger") QUEST_TRIGGER,
    @JsonProperty("container") CONTAINER;

    /** The name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
