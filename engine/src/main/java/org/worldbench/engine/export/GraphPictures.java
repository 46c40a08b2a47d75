package org.worldbench.engine.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jgrapht.graph.DefaultEdge;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.cases.EvidenceGraph;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.layout.Connection;

/**
 * Pictures of the two graph panels, offscreen with AWT: the layout graph at the rooms' positions,
 * and the evidence graph in layers (what unlocks what), herrings in red and the solution path bold.
 */
public final class GraphPictures {

    private GraphPictures() {
    }

    /** The layout graph, rooms at their map positions. */
    public static BufferedImage layout(District district, int scale) {
        BufferedImage image = canvas(district.width() * scale, district.height() * scale);
        Graphics2D g = graphics(image);
        for (Connection c : district.graph().connections()) {
            PlacedRoom a = district.room(c.from()).orElseThrow();
            PlacedRoom b = district.room(c.to()).orElseThrow();
            g.setColor(switch (c.doorType()) {
                case MAIN -> new Color(0xC8C8C8);
                case LOCKED -> new Color(0xFF4040);
                case HIDDEN -> new Color(0x8A7CFF);
                case SHORTCUT -> new Color(0x3BC3FF);
            });
            g.setStroke(c.doorType() == org.worldbench.engine.layout.DoorType.HIDDEN
                    ? new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 6}, 0)
                    : new BasicStroke(2));
            g.drawLine(cx(a, scale), cy(a, scale), cx(b, scale), cy(b, scale));
            if (c.requires() != null) {
                label(g, c.requires(), (cx(a, scale) + cx(b, scale)) / 2, (cy(a, scale) + cy(b, scale)) / 2, new Color(0xFF8080));
            }
        }
        for (PlacedRoom r : district.rooms()) {
            int radius = Math.max(6, scale * 2);
            g.setColor(new Color(DistrictPicture.typeColour(r.type())));
            g.fillOval(cx(r, scale) - radius, cy(r, scale) - radius, 2 * radius, 2 * radius);
            if (r.anchor() != null) {
                g.setColor(new Color(0xF5C518));
                g.setStroke(new BasicStroke(3));
                g.drawOval(cx(r, scale) - radius - 2, cy(r, scale) - radius - 2, 2 * radius + 4, 2 * radius + 4);
            }
            label(g, r.id(), cx(r, scale) + radius + 2, cy(r, scale) + 4, Color.WHITE);
        }
        g.dispose();
        return image;
    }

    /** The evidence graph in layers, left to right. */
    public static BufferedImage evidence(CaseFile caseFile, List<String> solutionPath) {
        EvidenceGraph graph = caseFile.graph();
        Map<Integer, List<String>> layers = new HashMap<>();
        for (var e : caseFile.evidence()) {
            layers.computeIfAbsent(graph.layer(e.id()), k -> new ArrayList<>()).add(e.id());
        }
        int columns = graph.depth() + 1;
        int rows = layers.values().stream().mapToInt(List::size).max().orElse(1);
        int width = 220 * columns + 80;
        int height = 70 * rows + 80;
        BufferedImage image = canvas(width, height);
        Graphics2D g = graphics(image);
        Map<String, int[]> at = new HashMap<>();
        layers.forEach((layer, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                at.put(ids.get(i), new int[] {60 + layer * 220, 60 + i * 70});
            }
        });
        g.setStroke(new BasicStroke(2));
        for (DefaultEdge edge : graph.graph().edgeSet()) {
            int[] a = at.get(graph.graph().getEdgeSource(edge));
            int[] b = at.get(graph.graph().getEdgeTarget(edge));
            g.setColor(new Color(0x9AA4B2));
            g.drawLine(a[0] + 140, a[1] + 15, b[0], b[1] + 15);
        }
        for (var e : caseFile.evidence()) {
            int[] p = at.get(e.id());
            boolean onPath = solutionPath.contains(e.id());
            g.setColor(e.redHerring() ? new Color(0x8A2D2D) : onPath ? new Color(0x2D6A8A) : new Color(0x3A3F4B));
            g.fillRoundRect(p[0], p[1], 140, 30, 10, 10);
            g.setColor(onPath ? Color.WHITE : new Color(0xB0B0B0));
            g.setStroke(new BasicStroke(onPath ? 3 : 1));
            g.drawRoundRect(p[0], p[1], 140, 30, 10, 10);
            label(g, e.id() + " " + e.type().jsonName() + " @" + e.room(), p[0] + 6, p[1] + 20, Color.WHITE);
        }
        g.dispose();
        return image;
    }

    /** PNG bytes of an image. */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage canvas(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x15171C));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static int cx(PlacedRoom r, int scale) {
        return (r.bounds().x() + r.bounds().width() / 2) * scale;
    }

    private static int cy(PlacedRoom r, int scale) {
        return (r.bounds().y() + r.bounds().height() / 2) * scale;
    }

    private static void label(Graphics2D g, String text, int x, int y, Color colour) {
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setColor(colour);
            g.drawString(text, x, y);
        } catch (RuntimeException | LinkageError | InternalError noFonts) {
            // Without fonts the picture is drawn unlabelled.
        }
    }
}
