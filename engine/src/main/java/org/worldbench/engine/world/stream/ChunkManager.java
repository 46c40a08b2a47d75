package org.worldbench.engine.world.stream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.ChunkGenerator;
import org.worldbench.engine.world.ChunkId;
import org.worldbench.engine.world.Lod;

/**
 * Streams chunks around tracked viewpoints (seeds 001 and 002).
 *
 * <p><b>What it keeps.</b> Chunks within the load radius of any viewpoint are wanted; chunks beyond
 * the load radius plus the unload margin are unloaded. Loaded chunks live in an LRU cache of
 * configurable capacity with hit and miss counters; neither unloading nor LRU eviction ever drops
 * a chunk carrying significant state (one with an edit) — seed 002's rule.
 *
 * <p><b>In what order.</b> Each {@link #tick()} ranks the wanted chunks that are not loaded: the
 * viewport first (distance ≤ 1), then the buffer, then the path predicted from each viewpoint's
 * movement; ties by distance, then id. It feeds the worker executor only while fewer than
 * {@code workers} jobs are in flight, so the queue never floods the pool.
 *
 * <p><b>Staleness.</b> Changing the seed bumps a generation counter; results of older generations
 * are dropped when they arrive, and counted.
 *
 * <p><b>Threads.</b> Public methods are synchronized; workers call back into {@link #complete}.
 * Inject a direct executor ({@code Runnable::run}) for deterministic tests, or a bounded pool of
 * named threads in the editor.
 */
public final class ChunkManager {

    /** Settings: radii in chunks, cache capacity, parallel jobs, client type for LOD choice. */
    public record Settings(int loadRadius, int unloadMargin, int cacheSize, int workers, Lod.Client client) {
        public Settings {
            if (loadRadius < 0 || unloadMargin < 0 || cacheSize < 1 || workers < 1 || client == null) {
                throw new IllegalArgumentException("radius and margin >= 0, cache and workers >= 1, a client type");
            }
        }

        /** Seed 001/002 defaults: radius 3, margin 2, 256 chunks, 2 workers, the Unreal client. */
        public static Settings defaults() {
            return new Settings(3, 2, 256, 2, Lod.Client.UNREAL);
        }
    }

    /** Counters for the status bar and tests. */
    public record Stats(long hits, long misses, long generated, long staleDropped, long unloaded, long evicted, long keptSignificant,
            int loaded, int inFlight) {
    }

    /** Priority classes, best first. */
    public enum Priority { VIEWPORT, BUFFER, PREDICTED }

    private record Viewpoint(ChunkId at, long vx, long vy) {
    }

    private record Request(ChunkId id, int lod, Priority priority, long distance) {
    }

    private final ChunkGenerator generator;
    private final Settings settings;
    private final Executor executor;
    private final Map<String, Viewpoint> viewpoints = new LinkedHashMap<>();
    private final LinkedHashMap<ChunkId, Chunk> cache = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<ChunkId, ChunkEdit> edits = new HashMap<>();
    private final Set<ChunkId> inFlight = new HashSet<>();
    private final Map<ChunkId, Long> chunkSeeds = new HashMap<>();
    private final List<Request> lastQueue = new ArrayList<>();
    private long seed;
    private long generation;
    private long hits;
    private long misses;
    private long generated;
    private long staleDropped;
    private long unloaded;
    private long evicted;
    private long keptSignificant;

    public ChunkManager(ChunkGenerator generator, long seed, Settings settings, Executor executor) {
        this.generator = generator;
        this.seed = seed;
        this.settings = settings;
        this.executor = executor;
    }

    /** Tracks (or moves) a viewpoint, with its movement in chunks a tick for path prediction. */
    public synchronized void track(String name, ChunkId at, long vx, long vy) {
        viewpoints.put(name, new Viewpoint(at, vx, vy));
    }

    /** Stops tracking a viewpoint. */
    public synchronized void untrack(String name) {
        viewpoints.remove(name);
    }

    /** Changes the seed: in-flight work becomes stale; cached chunks are dropped, edits kept. */
    public synchronized void setSeed(long newSeed) {
        seed = newSeed;
        generation++;
        inFlight.clear();
        cache.clear();
    }

    /** Stores an edit over the seed; the cached chunk is re-made with it on the next tick. */
    public synchronized void edit(ChunkId id, ChunkEdit edit) {
        edits.put(id, edit);
        cache.remove(id);
    }

    /**
     * Per-chunk seeds (the project's {@code chunk:ID} overrides): those chunks are made from their
     * own seed instead of the world seed. Chunks whose seed changes are dropped and made again.
     */
    public synchronized void setChunkSeeds(Map<ChunkId, Long> seeds) {
        Set<ChunkId> changed = new HashSet<>(chunkSeeds.keySet());
        changed.addAll(seeds.keySet());
        changed.removeIf(id -> java.util.Objects.equals(chunkSeeds.get(id), seeds.get(id)));
        chunkSeeds.clear();
        chunkSeeds.putAll(seeds);
        changed.forEach(cache::remove);
    }

    /** The loaded chunk, counting a hit or a miss. */
    public synchronized Optional<Chunk> get(ChunkId id) {
        Chunk c = cache.get(id);
        if (c == null) {
            misses++;
            return Optional.empty();
        }
        hits++;
        return Optional.of(c);
    }

    /** True when the chunk is loaded (no counters touched). */
    public synchronized boolean isLoaded(ChunkId id) {
        return cache.containsKey(id);
    }

    /** One round: unload what is far, rank what is missing, feed the workers while they have room. */
    public synchronized void tick() {
        Map<ChunkId, Request> wanted = wanted();
        Iterator<Map.Entry<ChunkId, Chunk>> it = cache.entrySet().iterator();
        while (it.hasNext()) {
            ChunkId id = it.next().getKey();
            if (nearestDistance(id) > settings.loadRadius() + settings.unloadMargin()) {
                if (edits.containsKey(id)) {
                    keptSignificant++;
                } else {
                    it.remove();
                    unloaded++;
                }
            }
        }
        List<Request> queue = new ArrayList<>();
        for (Request r : wanted.values()) {
            if (!cache.containsKey(r.id()) && !inFlight.contains(r.id())) {
                queue.add(r);
            }
        }
        queue.sort(Comparator.comparing(Request::priority).thenComparingLong(Request::distance)
                .thenComparing(r -> r.id().text()));
        lastQueue.clear();
        lastQueue.addAll(queue);
        for (Request r : queue) {
            if (inFlight.size() >= settings.workers()) {
                break; // the pool is fed only when it has room
            }
            inFlight.add(r.id());
            long jobGeneration = generation;
            long jobSeed = chunkSeeds.getOrDefault(r.id(), seed);
            executor.execute(() -> complete(r.id(), jobGeneration, generator.generate(jobSeed, r.id(), r.lod())));
        }
    }

    /** A worker's result arrives: dropped when stale, else cached (edits applied). */
    synchronized void complete(ChunkId id, long jobGeneration, Chunk chunk) {
        if (jobGeneration != generation) {
            staleDropped++;
            return;
        }
        inFlight.remove(id);
        ChunkEdit edit = edits.get(id);
        cache.put(id, edit == null ? chunk : edit.applyTo(chunk));
        generated++;
        evictOverCapacity();
    }

    private void evictOverCapacity() {
        Iterator<Map.Entry<ChunkId, Chunk>> it = cache.entrySet().iterator();
        while (cache.size() > settings.cacheSize() && it.hasNext()) {
            ChunkId id = it.next().getKey();
            if (edits.containsKey(id)) {
                keptSignificant++;
                continue;
            }
            it.remove();
            evicted++;
        }
    }

    /** The last ranked queue (what was missing at the last tick, best first). */
    public synchronized List<ChunkId> lastQueue() {
        return lastQueue.stream().map(Request::id).toList();
    }

    /** The priority a chunk had in the last queue. */
    public synchronized Optional<Priority> lastPriority(ChunkId id) {
        return lastQueue.stream().filter(r -> r.id().equals(id)).map(Request::priority).findFirst();
    }

    /** Counters. */
    public synchronized Stats stats() {
        return new Stats(hits, misses, generated, staleDropped, unloaded, evicted, keptSignificant, cache.size(), inFlight.size());
    }

    private Map<ChunkId, Request> wanted() {
        Map<ChunkId, Request> out = new LinkedHashMap<>();
        for (Viewpoint v : viewpoints.values()) {
            for (ChunkId id : v.at().neighbourhood(settings.loadRadius())) {
                long d = distance(v.at(), id);
                Priority p = d <= 1 ? Priority.VIEWPORT : Priority.BUFFER;
                offer(out, new Request(id, Lod.choose((int) d, settings.client()), p, d));
            }
            for (int step = 1; step <= settings.unloadMargin() + 1 && (v.vx() != 0 || v.vy() != 0); step++) {
                ChunkId ahead = ahead(v, step + settings.loadRadius());
                if (ahead != null) {
                    long d = distance(v.at(), ahead);
                    offer(out, new Request(ahead, Lod.choose((int) d, settings.client()), Priority.PREDICTED, d));
                }
            }
        }
        return out;
    }

    private static void offer(Map<ChunkId, Request> out, Request r) {
        Request old = out.get(r.id());
        if (old == null || r.priority().compareTo(old.priority()) < 0) {
            out.put(r.id(), r);
        }
    }

    private static ChunkId ahead(Viewpoint v, int steps) {
        ChunkId at = v.at();
        if (at instanceof ChunkId.Ring ring) {
            return ring.plus(Long.signum(v.vx()) * (long) steps);
        }
        if (at instanceof ChunkId.Strip strip) {
            return new ChunkId.Strip(strip.key() + Long.signum(v.vx()) * (long) steps);
        }
        ChunkId.Plane p = (ChunkId.Plane) at;
        return new ChunkId.Plane(p.x() + Long.signum(v.vx()) * (long) steps, p.y() + Long.signum(v.vy()) * (long) steps);
    }

    private long nearestDistance(ChunkId id) {
        long best = Long.MAX_VALUE;
        for (Viewpoint v : viewpoints.values()) {
            best = Math.min(best, distance(v.at(), id));
        }
        return best;
    }

    /** Chebyshev distance in chunks; around a ring, the shorter way; other floors are far. */
    static long distance(ChunkId a, ChunkId b) {
        if (a instanceof ChunkId.Ring ra && b instanceof ChunkId.Ring rb) {
            if (ra.floor() != rb.floor()) {
                return Long.MAX_VALUE / 4;
            }
            long d = Math.abs(ra.index() - rb.index());
            return Math.min(d, ChunkId.RING_CHUNKS - d);
        }
        return Math.max(Math.abs(a.gx() - b.gx()), Math.abs(a.gy() - b.gy()));
    }
}
