package org.worldbench.editor.panels;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.ChunkGenerator;
import org.worldbench.engine.world.ChunkId;
import org.worldbench.engine.world.Lod;
import org.worldbench.engine.world.Topology;
import org.worldbench.engine.world.WorldDefinition;
import org.worldbench.engine.world.stream.ChunkManager;

/**
 * A pan/zoom map of an endless world: each visible chunk drawn at the LOD its distance from the
 * view centre asks for, filled in as the chunk manager delivers and drawn coarse (grey) until then.
 * The ring wraps seamlessly (index 263,999 sits next to 0). Hover shows the chunk id and LOD.
 */
public final class ChunkPanel extends PaintedPanel {

    private static final int UNLOADED = 0xFF2A2D33;
    private static final int[] LOD_COLOURS = {0xFF4FB3FF, 0xFF3F8FCC, 0xFF2F6B99, 0xFF1F4766};

    private final ReadOnlyStringWrapper hover = new ReadOnlyStringWrapper("");
    private final AtomicInteger threads = new AtomicInteger();
    // One low-priority worker: streaming chunks must never starve the generation the user asked for.
    private final ExecutorService pool = Executors.newFixedThreadPool(1, r -> {
        Thread t = new Thread(r, "worldbench-chunks-" + threads.incrementAndGet());
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final ScheduledExecutorService pump = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "worldbench-chunk-pump");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean redrawPosted = new AtomicBoolean();
    private final Executor streaming;
    private WorldDefinition world;
    private volatile ChunkManager manager;
    private double centreX;
    private double centreY;
    private double cell = 14;
    private double pressX;
    private double pressY;
    private double clickX;
    private double clickY;
    private final javafx.beans.property.ObjectProperty<ChunkId> selected = new javafx.beans.property.SimpleObjectProperty<>();
    private long seed;

    /**
     * @param painter where the map's pictures are painted
     * @param gate    streaming waits behind it, so a chunk never competes with a generation or a painting
     */
    public ChunkPanel(Executor painter, org.worldbench.editor.task.ForegroundGate gate) {
        super(painter);
        this.streaming = gate.background(pool);
        setWorld(WorldDefinition.of(Topology.PLANE), 42);
        surface.setOnMouseMoved(e -> hover.set(describe(e.getX(), e.getY())));
        surface.setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
            clickX = e.getX();
            clickY = e.getY();
        });
        surface.setOnMouseReleased(e -> {
            if (Math.abs(e.getX() - clickX) < 3 && Math.abs(e.getY() - clickY) < 3) {
                double gx = Math.floor(centreX + (e.getX() - surfaceWidth() / 2) / cell);
                double gy = Math.floor(centreY + (e.getY() - surfaceHeight() / 2) / cell);
                selected.set(idAt(gx, world.topology() == Topology.PLANE ? gy : 0));
                redraw();
            }
        });
        surface.setOnMouseDragged(e -> {
            centreX -= (e.getX() - pressX) / cell;
            centreY -= (e.getY() - pressY) / cell;
            pressX = e.getX();
            pressY = e.getY();
            follow();
            redraw();
        });
        surface.setOnScroll(e -> {
            cell = Math.max(4, Math.min(40, cell * (e.getDeltaY() > 0 ? 1.2 : 1 / 1.2)));
            redraw();
        });
        // Ten rounds a second off the FX thread (the manager is synchronized), and a redraw only
        // when chunks arrived or are on their way: no pulse is forced otherwise.
        pump.scheduleWithFixedDelay(this::pumpOnce, 100, 100, TimeUnit.MILLISECONDS);
    }

    private void pumpOnce() {
        try {
            ChunkManager m = manager;
            long before = m.stats().generated();
            m.tick();
            ChunkManager.Stats after = m.stats();
            if ((after.generated() != before || after.inFlight() > 0) && redrawPosted.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    redrawPosted.set(false);
                    redraw();
                });
            }
        } catch (RuntimeException e) {
            // A failing tick must not silently end the streaming (a scheduled task that throws is
            // never run again): report it on the FX thread and keep pumping.
            Platform.runLater(() -> {
                throw e;
            });
        }
    }

    /** The chunk clicked last (the inspector shows it; Generate can re-seed it). */
    public javafx.beans.property.ObjectProperty<ChunkId> selectedChunkProperty() {
        return selected;
    }

    /** The chunk clicked last, or null. */
    public ChunkId selectedChunk() {
        return selected.get();
    }

    /** The loaded chunk with this id, if any. */
    public java.util.Optional<Chunk> loaded(ChunkId id) {
        return manager.isLoaded(id) ? manager.get(id) : java.util.Optional.empty();
    }

    /** Shows another world or seed (nothing happens when both are unchanged). */
    public void show(WorldDefinition definition, long newSeed) {
        if (!definition.equals(world) || newSeed != seed) {
            setWorld(definition, newSeed);
        }
    }

    /** Shows another world (or seed): stale work from the old one is dropped by the manager. */
    public void setWorld(WorldDefinition definition, long seed) {
        if (world != null && definition.topology() != world.topology()) {
            selected.set(null); // a chunk of another world
        }
        this.seed = seed;
        this.world = definition;
        this.manager = new ChunkManager(new ChunkGenerator(definition), seed,
                new ChunkManager.Settings(definition.loadRadius() + 4, definition.unloadMargin(), Math.max(512, definition.cacheSize()), 1,
                        Lod.Client.UNREAL), streaming);
        centreX = 0;
        centreY = 0;
        follow();
        redraw(); // the new world at once, coarse, then filled in as chunks arrive
    }

    /** The chunk id and LOD under the mouse. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hover.getReadOnlyProperty();
    }

    /** Pans by whole chunks (tests and keyboard). */
    public void panBy(double dx, double dy) {
        centreX += dx;
        centreY += dy;
        follow();
        redraw();
    }

    /** The chunk at the view centre. */
    public ChunkId centre() {
        return idAt(Math.floor(centreX), Math.floor(centreY));
    }

    /** The manager (statistics for the status bar and tests). */
    public ChunkManager manager() {
        return manager;
    }

    /** Stops the pump and the workers. */
    public void shutdown() {
        pump.shutdownNow();
        pool.shutdownNow();
    }

    /** Points the streaming at the view's centre; called where the centre moves (the painting only reads it). */
    private void follow() {
        manager.track("view", centre(), 0, 0);
    }

    private ChunkId idAt(double gx, double gy) {
        return idAt(world.topology(), gx, gy);
    }

    private static ChunkId idAt(Topology topology, double gx, double gy) {
        return switch (topology) {
            case RING -> new ChunkId.Ring(0, (int) Math.floorMod((long) gx, (long) ChunkId.RING_CHUNKS));
            case STRIP -> new ChunkId.Strip((long) gx);
            case PLANE -> new ChunkId.Plane((long) gx, (long) gy);
        };
    }

    private String describe(double sx, double sy) {
        double gx = Math.floor(centreX + (sx - surfaceWidth() / 2) / cell);
        double gy = Math.floor(centreY + (sy - surfaceHeight() / 2) / cell);
        ChunkId id = idAt(gx, world.topology() == Topology.PLANE ? gy : 0);
        int lod = Lod.choose((int) Math.max(Math.abs(gx - Math.floor(centreX)), Math.abs(gy - Math.floor(centreY))), Lod.Client.UNREAL);
        return "chunk " + id.text() + " · LOD " + lod + (manager.isLoaded(id) ? "" : " (loading)");
    }

    @Override
    PanelFrame.Painting painting() {
        boolean plane = world.topology() == Topology.PLANE;
        double width = surfaceWidth();
        double height = surfaceHeight();
        int halfW = (int) (width / cell / 2) + 1;
        int halfH = plane ? (int) (height / cell / 2) + 1 : 0;
        long cx = (long) Math.floor(centreX);
        long cy = (long) Math.floor(centreY);
        double cellHeight = plane ? cell : 2 * cell;
        double x0 = width / 2 + (cx - halfW - centreX) * cell;
        double y0 = plane ? height / 2 + (cy - halfH - centreY) * cell : height / 2 - cell;
        double[] outline = null;
        if (selected.get() != null) {
            double gx = selected.get().gx();
            double gy = plane ? selected.get().gy() : 0;
            double sx = width / 2 + (gx - centreX) * cell;
            double sy = plane ? height / 2 + (gy - centreY) * cell : height / 2 - cell;
            outline = new double[] {sx, sy, cell, cellHeight};
        }
        ChunkManager m = manager;
        Topology topology = world.topology();
        String where = topology.jsonName() + " · centre " + centre().text();
        return new ChunkPainting(() -> grid(m, topology, cx, cy, halfW, halfH), 2 * halfW + 1, 2 * halfH + 1, x0, y0, cell, cellHeight,
                outline, () -> where + " · " + m.stats().loaded() + " loaded");
    }

    /**
     * A pixel a chunk around {@code (cx, cy)}: its LOD's colour when loaded, grey until then. Runs
     * in the painting (the manager is synchronized).
     */
    private static int[] grid(ChunkManager m, Topology topology, long cx, long cy, int halfW, int halfH) {
        int cols = 2 * halfW + 1;
        int[] grid = new int[cols * (2 * halfH + 1)];
        for (long dy = -halfH; dy <= halfH; dy++) {
            for (long dx = -halfW; dx <= halfW; dx++) {
                ChunkId id = idAt(topology, cx + dx, cy + dy);
                int lod = Lod.choose((int) Math.max(Math.abs(dx), Math.abs(dy)), Lod.Client.UNREAL);
                grid[(int) ((dy + halfH) * cols + dx + halfW)] = m.isLoaded(id) ? LOD_COLOURS[lod] : UNLOADED;
            }
        }
        return grid;
    }
}
