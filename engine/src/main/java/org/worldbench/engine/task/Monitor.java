package org.worldbench.engine.task;

import java.util.concurrent.CancellationException;

/**
 * How a long generation reports its stages and learns that it should stop. The engine calls
 * {@link #stage(String, int, int)} as it enters each stage and {@link #checkCancelled()} between
 * units of work; the editor implements it over a background task, tests and the CLI use
 * {@link #NONE}. Implementations must be thread-safe: they are called from worker threads.
 */
public interface Monitor {

    /** A monitor that ignores progress and never cancels. */
    Monitor NONE = new Monitor() {
        @Override
        public void stage(String name, int index, int count) {
            // nothing to report to
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Called when stage {@code index} (0-based) of {@code count} begins. */
    void stage(String name, int index, int count);

    /** True once the caller no longer wants the result. */
    boolean isCancelled();

    /** Throws {@link CancellationException} when cancelled; generators call it between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("generation cancelled");
        }
    }
}
