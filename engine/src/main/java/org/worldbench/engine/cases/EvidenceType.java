package org.worldbench.engine.cases;

/** The six evidence types of seed 003. */
public enum EvidenceType {
    PHYSICAL, TESTIMONY, DOCUMENT, FORENSIC, DIGITAL, ENVIRONMENTAL;

    /** The lower-case name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
