package org.worldbench.app.bench;

/**
 * One figure the benchmark prints: a measured median and 95th percentile with its unit, the budget
 * it is held against, and a note on the peer measured in the same run (or an empty note).
 */
public record Figure(String name, double median, double p95, String unit, String budget, String peerNote) {
}
