package org.worldbench.editor.task;

import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets background streaming give way to the work a user is waiting for.
 *
 * <p>On a two-core machine the FX thread, the renderer, a generation and the panels' painter
 * already fill the cores; a chunk generated at the same moment delays them all (Java thread
 * priorities mean nothing to Linux by default). Foreground jobs run {@link #foreground inside} the
 * gate; streaming jobs run {@link #background behind} it: each waits, before it starts, until no
 * foreground job runs, but never longer than {@code maxWait}, so streaming is slowed, never starved.
 */
public final class ForegroundGate {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition quiet = lock.newCondition();
    private final long maxWaitNanos;
    private int running;

    /** @param maxWaitMillis the longest a background job waits for the foreground to finish */
    public ForegroundGate(long maxWaitMillis) {
        this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
    }

    /** An executor that runs each job as foreground work on {@code target}. */
    public Executor foreground(Executor target) {
        return job -> target.execute(() -> runInForeground(job));
    }

    /** An executor that runs each job on {@code target} once the foreground is quiet (or the wait ran out). */
    public Executor background(Executor target) {
        return job -> target.execute(() -> {
            awaitQuiet();
            job.run();
        });
    }

    /** Runs a job as foreground work, here and now. */
    public void runInForeground(Runnable job) {
        foregroundCall(() -> {
            job.run();
            return null;
        });
    }

    /** Computes a value as foreground work, here and now. */
    public <T> T foregroundCall(java.util.function.Supplier<T> job) {
        lock.lock();
        try {
            running++;
        } finally {
            lock.unlock();
        }
        try {
            return job.get();
        } finally {
            lock.lock();
            try {
                if (--running == 0) {
                    quiet.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    private void awaitQuiet() {
        lock.lock();
        try {
            long left = maxWaitNanos;
            while (running > 0 && left > 0) {
                left = quiet.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }
}
