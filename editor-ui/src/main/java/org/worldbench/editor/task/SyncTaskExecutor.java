package org.worldbench.editor.task;

import java.util.function.Consumer;
import java.util.function.Function;
import org.worldbench.engine.task.Monitor;

/** Runs every job at once on the calling thread: view models become plain, deterministic code. */
public final class SyncTaskExecutor implements TaskExecutor {

    @Override
    public <T> Handle submit(String name, Function<Monitor, T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        try {
            onDone.accept(work.apply(Monitor.NONE));
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
        return () -> { };
    }
}
