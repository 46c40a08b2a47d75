package org.worldbench.engine.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.worldbench.engine.world.stream.ChunkEdit;
import org.worldbench.engine.world.stream.ChunkManager;

/** Seeds 001/002's streaming rules: load radius, unload margin, priority, feeding, staleness, eviction. */
class ChunkManagerTest {

    private static final ChunkGenerator STRIP = new ChunkGenerator(WorldDefinition.of(Topology.STRIP));
    private static final ChunkGenerator PLANE = new ChunkGenerator(WorldDefinition.of(Topology.PLANE));

    /** Runs jobs only when told: lets a test see what is in flight. */
    private static final class ManualExecutor implements java.util.concurrent.Executor {
        final ArrayDeque<Runnable> jobs = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            jobs.add(r);
        }

        void runAll() {
            while (!jobs.isEmpty()) {
                jobs.poll().run();
            }
        }
    }

    private static void settle(ChunkManager m, ManualExecutor ex) {
        for (int i = 0; i < 100; i++) {
            m.tick();
            if (ex.jobs.isEmpty()) {
                return;
            }
            ex.runAll();
        }
    }

    @Test
    void loadsWithinTheRadiusAndUnloadsBeyondTheMargin() {
        ManualExecutor ex = new ManualExecutor();
        ChunkManager m = new ChunkManager(STRIP, 1, new ChunkManager.Settings(3, 2, 1000, 2, Lod.Client.UNREAL), ex);
        m.track("player", new ChunkId.Strip(0), 0, 0);
        settle(m, ex);
        for (long k = -3; k <= 3; k++) {
            assertTrue(m.isLoaded(new ChunkId.Strip(k)), "within radius: " + k);
        }
        assertFalse(m.isLoaded(new ChunkId.Strip(4)));
        m.track("player", new ChunkId.Strip(4), 0, 0);
        settle(m, ex);
        assertTrue(m.isLoaded(new ChunkId.Strip(-1)), "distance 5 = radius + margin: kept");
        m.track("player", new ChunkId.Strip(6), 0, 0);
        settle(m, ex);
        assertFalse(m.isLoaded(new ChunkId.Strip(-1)), "distance 7 > radius + margin: unloaded");
        assertFalse(m.isLoaded(new ChunkId.Strip(0)), "distance 6 > radius + margin: unloaded");
        assertTrue(m.isLoaded(new ChunkId.Strip(1)), "distance 5: kept");
    }

    @Test
    void viewportComesBeforeBufferBeforePredictedPath() {
        ManualExecutor ex = new ManualExecutor();
        ChunkManager m = new ChunkManager(STRIP, 1, new ChunkManager.Settings(3, 2, 1000, 2, Lod.Client.UNREAL), ex);
        m.track("player", new ChunkId.Strip(10), 1, 0);
        m.tick();
        List<ChunkId> queue = m.lastQueue();
        assertEquals(ChunkManager.Priority.VIEWPORT, m.lastPriority(queue.get(0)).orElseThrow());
        assertEquals(new ChunkId.Strip(10), queue.get(0), "the chunk under the viewpoint first");
        int lastViewport = -1;
        int firstBuffer = Integer.MAX_VALUE;
        int firstPredicted = Integer.MAX_VALUE;
        int lastBuffer = -1;
        for (int i = 0; i < queue.size(); i++) {
            switch (m.lastPriority(queue.get(i)).orElseThrow()) {
                case VIEWPORT -> lastViewport = i;
                case BUFFER -> {
                    firstBuffer = Math.min(firstBuffer, i);
                    lastBuffer = i;
                }
                case PREDICTED -> firstPredicted = Math.min(firstPredicted, i);
            }
        }
        assertTrue(lastViewport < firstBuffer && lastBuffer < firstPredicted);
        assertTrue(queue.contains(new ChunkId.Strip(14)), "the path ahead of a moving viewpoint is prefetched");
        assertFalse(queue.contains(new ChunkId.Strip(6)), "not the path behind it");
        assertEquals(2, ex.jobs.size(), "the pool is fed only as many jobs as it has workers");
        m.tick();
        assertEquals(2, ex.jobs.size(), "no more while those are in flight");
    }

    @Test
    void staleWorkIsDroppedWhenTheSeedChanges() {
        ManualExecutor ex = new ManualExecutor();
        ChunkManager m = new ChunkManager(STRIP, 1, new ChunkManager.Settings(1, 1, 100, 4, Lod.Client.UNREAL), ex);
        m.track("p", new ChunkId.Strip(0), 0, 0);
        m.tick();
        assertEquals(3, ex.jobs.size());
        m.setSeed(2);
        ex.runAll();
        assertEquals(3, m.stats().staleDropped());
        assertEquals(0, m.stats().loaded());
        settle(m, ex);
        assertEquals(2, m.get(new ChunkId.Strip(0)).orElseThrow().seed(), "chunks of the new seed");
    }

    @Test
    void lruEvictionCountsHitsAndKeepsSignificantChunks() {
        ManualExecutor ex = new ManualExecutor();
        ChunkManager m = new ChunkManager(PLANE, 1, new ChunkManager.Settings(1, 0, 9, 8, Lod.Client.WEB), ex);
        ChunkId edited = new ChunkId.Plane(0, 0);
        m.edit(edited, new ChunkEdit(Map.of(), List.of(new Structure("statue", "statue", 5, 5, 2, 2, 4, 3, Map.of())), Set.of()));
        m.track("p", new ChunkId.Plane(0, 0), 0, 0);
        settle(m, ex);
        assertEquals(9, m.stats().loaded());
        assertTrue(m.get(edited).orElseThrow().structures().stream().anyMatch(s -> s.id().equals("statue")));
        assertTrue(m.get(new ChunkId.Plane(5, 5)).isEmpty());
        ChunkManager.Stats s = m.stats();
        assertEquals(1, s.hits());
        assertEquals(1, s.misses());
        m.track("p", new ChunkId.Plane(10, 10), 0, 0);
        settle(m, ex);
        assertTrue(m.isLoaded(edited), "a chunk with an edit survives unloading and eviction");
        assertTrue(m.stats().keptSignificant() > 0);
        assertTrue(m.stats().unloaded() >= 8);
        m.setSeed(77);
        m.track("p", new ChunkId.Plane(0, 0), 0, 0);
        settle(m, ex);
        Chunk regenerated = m.get(edited).orElseThrow();
        assertEquals(77, regenerated.seed());
        assertTrue(regenerated.structures().stream().anyMatch(st -> st.id().equals("statue")), "edits survive regeneration");
    }

    @Test
    void theLruCapacityIsHonoured() {
        ManualExecutor ex = new ManualExecutor();
        ChunkManager m = new ChunkManager(PLANE, 1, new ChunkManager.Settings(2, 10, 10, 8, Lod.Client.WEB), ex);
        m.track("p", new ChunkId.Plane(0, 0), 0, 0);
        settle(m, ex);
        assertTrue(m.stats().loaded() <= 10);
        assertTrue(m.stats().evicted() >= 15, "25 wanted, 10 kept: " + m.stats());
    }
}
