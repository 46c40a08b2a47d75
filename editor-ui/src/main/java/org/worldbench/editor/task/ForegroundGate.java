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
 * foreground job has run for {@code quiet} milliseconds (a painting's frame is rendered after the
 * painting ends: the quiet time leaves the cores to the renderer for that frame), but never longer
 * than {@code maxWait}, so streaming is slowed, never starved.
 */
public final class ForegroundGate {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition quiet = lock.newCondition();
    private final long maxWaitNanos;
    private final long quietNanos;
    private int running;
    private long lastEnded = Long.MIN_VALUE / 2;

    /**
     * @param quietMillis   how long the foreground must have been idle before background work starts
     * @param maxWaitMillis the longest a background job waits
     */
    public ForegroundGate(long quietMillis, long maxWaitMillis) {
        this.quietNanos = TimeUnit.MILLISECONDS.toNanos(quietMillis);
        this.maxWaitNanos = TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
    }

    /** A gate that never holds background work back (tests, offscreen snapshots). */
    public static ForegroundGate open() {
        return new ForegroundGate(0, 0);
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
                    lastEnded = System.nanoTime();
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
            long deadline = System.nanoTime() + maxWaitNanos;
            while (true) {
                long now = System.nanoTime();
                long left = deadline - now;
                if (left <= 0) {
                    break;
                }
                if (running > 0) {
                    quiet.awaitNanos(left);
                } else if (now - lastEnded < quietNanos) {
                    quiet.awaitNanos(Math.min(left, quietNanos - (now - lastEnded)));
                } else {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }
}
