package org.worldbench.engine.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.worldbench.engine.world.Chunk;
import org.worldbench.engine.world.ChunkGenerator;
import org.worldbench.engine.world.ChunkId;
import org.worldbench.engine.world.Lod;
import org.worldbench.engine.world.Topology;
import org.worldbench.engine.world.WorldDefinition;

/**
 * The chunk LOD panel as a picture: the chunks around the origin of a world, each at the LOD its
 * distance asks for (darker coarser), brighter where more structures stand.
 */
public final class ChunkPicture {

    private static final int[] LOD_RGB = {0x4FB3FF, 0x3F8FCC, 0x2F6B99, 0x1F4766};

    private ChunkPicture() {
    }

    /** {@code radius} chunks each way from the origin, {@code cell} pixels a chunk. */
    public static BufferedImage render(WorldDefinition world, long seed, int radius, int cell) {
        ChunkGenerator generator = new ChunkGenerator(world);
        int side = 2 * radius + 1;
        int rows = world.topology() == Topology.PLANE ? side : 1;
        BufferedImage image = new BufferedImage(side * cell, rows * cell, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        for (int dy = 0; dy < rows; dy++) {
            for (int dx = 0; dx < side; dx++) {
                long gx = dx - radius;
                long gy = world.topology() == Topology.PLANE ? dy - radius : 0;
                ChunkId id = switch (world.topology()) {
                    case RING -> new ChunkId.Ring(0, (int) Math.floorMod(gx, (long) ChunkId.RING_CHUNKS));
                    case STRIP -> new ChunkId.Strip(gx);
                    case PLANE -> new ChunkId.Plane(gx, gy);
                };
                int lod = Lod.choose((int) Math.max(Math.abs(gx), Math.abs(gy)), Lod.Client.UNREAL);
                Chunk chunk = generator.generate(seed, id, lod);
                Color base = new Color(LOD_RGB[lod]);
                float boost = Math.min(1f, chunk.structures().size() / 40f);
                g.setColor(new Color(Math.min(255, (int) (base.getRed() + 80 * boost)), Math.min(255, (int) (base.getGreen() + 60 * boost)),
                        base.getBlue()));
                g.fillRect(dx * cell, dy * cell, cell - 1, cell - 1);
            }
        }
        g.dispose();
        return image;
    }
}
