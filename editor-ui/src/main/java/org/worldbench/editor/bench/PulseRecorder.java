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
 * <p>The frame callback is JavaFX internal API ({@code com.sun.javafx.perf.PerformanceTracker}), as
 * is the hook after each pulse's scene sync ({@code com.sun.javafx.tk.Toolkit}); both are reachable
 * because JavaFX sits on the class path, and are used for measuring only.
 */
final class PulseRecorder {

    private final List<Long> pulses = new ArrayList<>();
    private final List<Long> frames = new ArrayList<>();
    private final AnimationTimer timer;
    private LongConsumer afterSync = t -> {
    };
    private final com.sun.javafx.tk.TKPulseListener postSync = () -> afterSync.accept(System.nanoTime());

    PulseRecorder(Scene scene) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long ignored) {
                long now = System.nanoTime();
                synchronized (pulses) {
                    pulses.add(now);
                }
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
        com.sun.javafx.tk.Toolkit.getToolkit().addPostSceneTkPulseListener(postSync);
    }

    /** Stops recording (FX thread). */
    void stop() {
        timer.stop();
        com.sun.javafx.tk.Toolkit.getToolkit().removePostSceneTkPulseListener(postSync);
    }

    /**
     * Called on the FX thread in every pulse once the scenes are synchronized to the render graph,
     * before the frame is handed to the renderer, with the time. A scene's sync first waits for the
     * renderer to finish its previous frame, so the first frame finished after this time is the
     * frame of this pulse.
     */
    void afterSync(LongConsumer listener) {
        this.afterSync = listener;
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
