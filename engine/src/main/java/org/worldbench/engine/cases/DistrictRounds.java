package org.worldbench.engine.cases;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.worldbench.engine.district.AbilityPickup;
import org.worldbench.engine.district.District;
import org.worldbench.engine.district.PlacedRoom;

/**
 * How deep each room lies behind the district's ability gates: round 0 rooms are reachable from the
 * start with nothing, round 1 rooms once the pickups of round 0 are taken, and so on. The case
 * generator places clues by these rounds so the case unfolds as the district opens.
 */
final class DistrictRounds {

    private final Map<String, Integer> round = new HashMap<>();
    private final Map<String, Integer> abilityRound = new HashMap<>();
    private int maxRound;

    DistrictRounds(District district) {
        Set<String> held = new HashSet<>();
        int r = 0;
        while (true) {
            Set<String> reachable = district.graph().reachableFrom(district.startRoom(), held);
            for (String id : reachable) {
                round.putIfAbsent(id, r);
            }
            Set<String> next = new HashSet<>(held);
            for (AbilityPickup p : district.pickups()) {
                if (reachable.contains(p.room()) && next.add(p.ability())) {
                    abilityRound.put(p.ability(), r);
                }
            }
            if (next.equals(held)) {
                break;
            }
            held = next;
            r++;
        }
        for (PlacedRoom room : district.rooms()) {
            round.putIfAbsent(room.id(), Integer.MAX_VALUE); // never reachable: never used for clues
        }
        maxRound = round.values().stream().filter(v -> v != Integer.MAX_VALUE).mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The round a room opens in (MAX_VALUE when it never does). */
    int of(String roomId) {
        return round.getOrDefault(roomId, Integer.MAX_VALUE);
    }

    /** The round an ability is first held after, or empty when never. */
    Integer abilityRound(String ability) {
        return abilityRound.get(ability);
    }

    /** The deepest reachable round. */
    int max() {
        return maxRound;
    }

    /** Rooms of a list opening in rounds {@code lo..hi}. */
    List<String> within(List<String> rooms, int lo, int hi) {
        return rooms.stream().filter(id -> of(id) >= lo && of(id) <= hi).toList();
    }
}
