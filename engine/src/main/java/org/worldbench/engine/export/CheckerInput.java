package org.worldbench.engine.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.worldbench.engine.cases.CaseFile;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedConnection;
import org.worldbench.engine.district.PlacedRoom;

/**
 * The parts of the export the case checker reads (rooms, connections, start, abilities, case),
 * without the tile rows, so sweeps can check thousands of cases cheaply through the same contract
 * the {@code check} command reads from files.
 */
public final class CheckerInput {

    private CheckerInput() {
    }

    /** The export subset for a district and its case. */
    public static ObjectNode of(District district, CaseFile caseFile) {
        ObjectNode root = CanonicalJson.object();
        ObjectNode d = root.putObject("district");
        ArrayNode rooms = d.putArray("rooms");
        for (PlacedRoom room : district.rooms()) {
            rooms.addObject().put("id", room.id()).put("type", room.type());
        }
        ArrayNode connections = d.putArray("connections");
        for (PlacedConnection c : district.connections()) {
            ObjectNode node = connections.addObject().put("id", c.id()).put("from", c.connection().from())
                    .put("to", c.connection().to()).put("doorType", c.connection().doorType().jsonName());
            if (c.connection().requires() == null) {
                node.putNull("requires");
            } else {
                node.put("requires", c.connection().requires());
            }
        }
        d.putObject("start").put("room", district.startRoom()).put("x", district.start().x()).put("y", district.start().y());
        root.set("abilities", DistrictJson.abilities(district));
        root.set("case", CaseJson.of(caseFile));
        return root;
    }
}
