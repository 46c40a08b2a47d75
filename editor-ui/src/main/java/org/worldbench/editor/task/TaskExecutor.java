package org.worldbench.editor.task;

import java.util.function.Consumer;
import java.util.function.Function;
import org.worldbench.engine.task.Monitor;

/**
 * Runs work off the FX thread and hands results back on it. The FX implementation uses named
 * daemon threads and reports progress; the synchronous one runs everything at once, for view-model
 * tests.
 */
public interface TaskExecutor {

    /** A running job that can be cancelled. */
    interface Handle {
        /** Asks the job to stop; its result, if it still comes, is dropped. */
        void cancel();
    }

    /**
     * Runs {@code work} in the background; {@code onDone} or {@code onFailure} is called on the FX
     * thread (or at once, synchronously).
     */
    <T> Handle submit(String name, Function<Monitor, T> work, Consumer<T> onDone, Consumer<Throwable> onFailure);
}
