package org.worldbench.engine.template;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a template's interior is made. */
public enum Interior {
    /** The tiles are the layout. */
    @JsonProperty("fixed") FIXED,
    /** The wall ring and doors are fixed; the interior is subdivided by BSP when placed. */
    @JsonProperty("bsp") BSP
}
