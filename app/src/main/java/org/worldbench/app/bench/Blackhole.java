package org.worldbench.app.bench;

/**
 * Keeps results alive so the JIT cannot drop the work that made them. Each sampler run feeds its
 * result here; the sink is read once at the end so it is never dead.
 */
final class Blackhole {

    private long sink;

    void consume(long value) {
        sink += value;
    }

    void consume(Object value) {
        sink += System.identityHashCode(value);
    }

    long sink() {
        return sink;
    }
}
