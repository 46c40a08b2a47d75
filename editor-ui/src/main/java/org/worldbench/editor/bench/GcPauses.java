package org.worldbench.editor.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The garbage collector's stop-the-world pauses, as the JVM reports them, so a stall can be told
 * apart from our own work: a pause holds every Java thread, the FX thread and the probe alike.
 * Times are on the {@link System#nanoTime()} scale (the JVM reports milliseconds since its start;
 * the two scales are lined up once, so an overlap is good to about a millisecond).
 */
final class GcPauses implements AutoCloseable {

    /** One pause: when it began and ended (nanoTime scale) and which collector made it. */
    record Pause(long startNanos, long endNanos, String collector) {
    }

    private final List<Pause> pauses = new ArrayList<>();
    private final long nanosAtJvmStart;
    private final NotificationListener listener = (notification, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            record(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
        }
    };

    GcPauses() {
        nanosAtJvmStart = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    private void record(GarbageCollectionNotificationInfo info) {
        // G1 reports its concurrent cycles through the same beans in some JDKs; only pauses hold threads.
        if (info.getGcAction().contains("concurrent") || info.getGcName().contains("Concurrent")) {
            return;
        }
        long start = nanosAtJvmStart + info.getGcInfo().getStartTime() * 1_000_000L;
        long end = nanosAtJvmStart + info.getGcInfo().getEndTime() * 1_000_000L;
        synchronized (pauses) {
            pauses.add(new Pause(start, Math.max(end, start), info.getGcName()));
        }
    }

    /**
     * How much of {@code [fromNanos, toNanos]} GC pauses covered, in nanoseconds. Pauses are known
     * to the millisecond, so each is widened by a millisecond on either side before it is clipped.
     * Notifications arrive a little after a pause ends: ask once the measured window is over.
     */
    long pausedWithin(long fromNanos, long toNanos) {
        long covered = 0;
        synchronized (pauses) {
            for (Pause p : pauses) {
                long s = Math.max(fromNanos, p.startNanos() - 1_000_000L);
                long e = Math.min(toNanos, p.endNanos() + 1_000_000L);
                covered += Math.max(0, e - s);
            }
        }
        return Math.min(covered, toNanos - fromNanos);
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // never added to this bean
                }
            }
        }
    }
}
