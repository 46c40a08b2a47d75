package org.worldbench.engine.population;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.random.SeededRandom;
import org.worldbench.engine.tiles.TileType;

/** Which tiles are taken, so no two entities share one and door thresholds stay clear. */
final class TileClaims {

    private final District district;
    private final Set<Point> taken = new HashSet<>();

    TileClaims(District district) {
        this.district = district;
        for (PlacedRoom room : district.rooms()) {
            room.doors().forEach(d -> taken.add(d.inside()));
        }
        taken.add(district.start());
    }

    /** Claims a tile; false when it is taken or not walkable. */
    boolean claim(Point p) {
        return district.tiles().isWalkable(p.x(), p.y()) && taken.add(p);
    }

    /** Claims a tile whatever stands there (door tiles, which are walkable but reserved). */
    void force(Point p) {
        taken.add(p);
    }

    boolean isFree(Point p) {
        return district.tiles().isWalkable(p.x(), p.y()) && !taken.contains(p);
    }

    /** A free walkable floor tile of the room, chosen from the stream, claimed. */
    Optional<Point> claimAny(PlacedRoom room, SeededRandom rng) {
        List<Point> free = new ArrayList<>();
        var b = room.bounds();
        for (int y = b.y() + 1; y < b.bottom() - 1; y++) {
            for (int x = b.x() + 1; x < b.right() - 1; x++) {
                Point p = new Point(x, y);
                if (district.tiles().get(x, y) == TileType.FLOOR && !taken.contains(p)) {
                    free.add(p);
                }
            }
        }
        if (free.isEmpty()) {
            return Optional.empty();
        }
        Point p = rng.choice(free);
        taken.add(p);
        return Optional.of(p);
    }

    /** The free walkable tile nearest to {@code p} inside the room (p itself when free), claimed. */
    Optional<Point> claimNear(PlacedRoom room, Point p) {
        var b = room.bounds();
        for (int r = 0; r < Math.max(b.width(), b.height()); r++) {
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) != r) {
                        continue;
                    }
                    Point q = p.plus(dx, dy);
                    if (b.expand(-1).contains(q.x(), q.y()) && claim(q)) {
                        return Optional.of(q);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
