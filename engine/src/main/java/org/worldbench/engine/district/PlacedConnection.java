package org.worldbench.engine.district;

import java.util.List;
import org.worldbench.engine.geom.Point;
import org.worldbench.engine.layout.Connection;

/**
 * A connection with its geometry: the corridor tiles from one door to the other, both door tiles
 * included, in walking order.
 */
public record PlacedConnection(Connection connection, List<Point> tiles) {

    public PlacedConnection {
        tiles = List.copyOf(tiles);
    }

    /** The connection's id. */
    public String id() {
        return connection.id();
    }
}
