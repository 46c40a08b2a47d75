package org.worldbench.engine.district;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worldbench.engine.random.Seeds;

/**
 * Resolves the seed of each room's own stream: derived from the world seed, unless an override
 * selects the room, in which case it is derived from the override's seed. Later overrides win.
 * Anchors are pinned: subtree and region overrides pass over them, and naming one directly is an
 * error.
 */
final class RoomSeeds {

    /** Stage tag of the per-room stream. */
    static final String STAGE = "room";

    private RoomSeeds() {
    }

    static Map<String, Long> resolve(LayoutPlan plan, long worldSeed, List<PartOverride> overrides)
            throws RequestException {
        Map<String, Long> seeds = new LinkedHashMap<>();
        Map<String, PlannedRoom> byId = new LinkedHashMap<>();
        for (PlannedRoom room : plan.rooms()) {
            seeds.put(room.id(), Seeds.derive(worldSeed, STAGE, room.id()));
            byId.put(room.id(), room);
        }
        for (int i = 0; i < overrides.size(); i++) {
            PartOverride override = overrides.get(i);
            String place = "$.overrides[" + i + "]";
            PartOverride.Target target = override.target();
            if (target instanceof PartOverride.RoomTarget room) {
                PlannedRoom planned = byId.get(room.roomId());
                if (planned == null) {
                    throw new RequestException(place, "override '" + override.part() + "' names no room of this district");
                }
                if (planned.isAnchor()) {
                    throw new RequestException(place, "override '" + override.part() + "' names pinned anchor '"
                            + room.roomId() + "', which is never re-seeded");
                }
                seeds.put(room.roomId(), Seeds.derive(override.seed(), STAGE, room.roomId()));
            } else if (target instanceof PartOverride.SubtreeTarget subtree) {
                if (!byId.containsKey(subtree.roomId())) {
                    throw new RequestException(place, "override '" + override.part() + "' names no room of this district");
                }
                for (String id : plan.subtree(subtree.roomId())) {
                    if (!byId.get(id).isAnchor()) {
                        seeds.put(id, Seeds.derive(override.seed(), STAGE, id));
                    }
                }
            } else if (target instanceof PartOverride.RegionTarget region) {
                for (PlannedRoom room : plan.rooms()) {
                    if (!room.isAnchor() && room.bounds().intersects(region.region())) {
                        seeds.put(room.id(), Seeds.derive(override.seed(), STAGE, room.id()));
                    }
                }
            }
            // case and chunk overrides belong to other stages.
        }
        return seeds;
    }
}
