package org.worldbench.editor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Records when pulses start (an {@link AnimationTimer}, so it also keeps pulses coming every frame)
 * and when the renderer finishes a frame (JavaFX's scene performance tracker, called on the render
 * thread). Times are {@link System#nanoTime()}.
 *
 * <p>The frame callback is JavaFX internal API ({@code com.sun.javafx.perf.PerformanceTracker}),
 * reachable because JavaFX sits on the class path; it is used for measuring only.
 */
final class PulseRecorder {

    private final List<Long> pulses = new ArrayList<>();
    private final List<Long> frames = new ArrayList<>();
    private final AnimationTimer timer;
    private LongConsumer onPulse = t -> {
    };

    PulseRecorder(Scene scene) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long ignored) {
                long now = System.nanoTime();
                synchronized (pulses) {
                    pulses.add(now);
                }
                onPulse.accept(now);
            }
        };
        com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
            long now = System.nanoTime();
            synchronized (frames) {
                frames.add(now);
                frames.notifyAll();
            }
        });
    }

    /** Starts recording (FX thread). */
    void start() {
        timer.start();
    }

    /** Stops recording (FX thread). */
    void stop() {
        timer.stop();
    }

    /** Called on the FX thread at the start of every pulse with its time. */
    void onPulse(LongConsumer listener) {
        this.onPulse = listener;
    }

    /** Forgets the pulses recorded so far. */
    void clear() {
        synchronized (pulses) {
            pulses.clear();
        }
    }

    /** The longest time between two pulse starts since the last {@link #clear()}, in nanoseconds. */
    long worstGap() {
        synchronized (pulses) {
            long worst = 0;
            for (int i = 1; i < pulses.size(); i++) {
                worst = Math.max(worst, pulses.get(i) - pulses.get(i - 1));
            }
            return worst;
        }
    }

    /** Gaps longer than {@code limitNanos} since the last {@link #clear()}. */
    int gapsOver(long limitNanos) {
        synchronized (pulses) {
            int n = 0;
            for (int i = 1; i < pulses.size(); i++) {
                n += pulses.get(i) - pulses.get(i - 1) > limitNanos ? 1 : 0;
            }
            return n;
        }
    }

    /** Pulses recorded since the last {@link #clear()}. */
    int pulseCount() {
        synchronized (pulses) {
            return pulses.size();
        }
    }

    /** Waits for the first frame the renderer finishes after {@code after}; its time, or -1 on time-out. */
    long frameAfter(long after, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (frames) {
            while (true) {
                for (int i = frames.size() - 1; i >= 0 && frames.get(i) > after; i--) {
                    if (i == 0 || frames.get(i - 1) <= after) {
                        return frames.get(i);
                    }
                }
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return -1;
                }
                frames.wait(left);
            }
        }
    }
}
