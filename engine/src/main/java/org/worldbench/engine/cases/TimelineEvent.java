package org.worldbench.engine.cases;

/**
 * One line of the case's timeline.
 *
 * @param minute minutes after 18:00 on the night of the crime
 * @param npc    who
 * @param room   where
 * @param event  what happened
 */
public record TimelineEvent(int minute, String npc, String room, String event) {

    /** The time as {@code HH:MM}. */
    public String clock() {
        int total = 18 * 60 + minute;
        return String.format(java.util.Locale.ROOT, "%02d:%02d", (total / 60) % 24, total % 60);
    }
}
