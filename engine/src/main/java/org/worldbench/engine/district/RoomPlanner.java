package org.worldbench.engine.district;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.worldbench.engine.geom.Rect;
import org.worldbench.engine.random.SeededRandom;
import org.worldbench.engine.template.RoomTemplate;

/**
 * Decides which rooms exist and where: narrative anchors at their pins, a start room, rooms that
 * bridge every anchor to the start, then growth to the target count. Every room after the first
 * claims slots next to rooms already placed, so the slot adjacency graph is connected.
 *
 * <p>All choices come from the one layout stream; the result is a pure function of (config, anchors,
 * library, stream). O(S²) in the number of slots S in the worst case (bridging searches).
 */
final class RoomPlanner {

    /** Room types in order of preference for ordinary rooms, with their weights. */
    private static final List<String> ORDINARY_TYPES =
            List.of("apartment", "alley", "corridor", "stairwell", "crime_scene", "evidence_storage", "lobby", "hall");
    private static final double[] ORDINARY_WEIGHTS = {30, 14, 14, 10, 8, 5, 5, 3};
    private static final List<String> LARGE_TYPES = List.of("hall", "lobby", "apartment", "crime_scene", "alley");
    private static final double[] LARGE_WEIGHTS = {40, 30, 15, 10, 5};
    private static final List<String> REQUIRED_TYPES = List.of("crime_scene", "evidence_storage");

    private final DistrictConfig config;
    private final SlotGrid grid;
    private final TemplateCatalog catalog;
    private final SeededRandom rng;
    /** Owner room index of each slot; -1 free, -2 claimed by an anchor's buffer only. */
    private final int[] owner;
    private final List<PlannedRoom> rooms = new ArrayList<>();

    RoomPlanner(DistrictConfig config, TemplateCatalog catalog, SeededRandom rng) {
        this.config = config;
        this.grid = new SlotGrid(config);
        this.catalog = catalog;
        this.rng = rng;
        this.owner = new int[grid.count()];
        Arrays.fill(owner, -1);
    }

    SlotGrid grid() {
        return grid;
    }

    /** Plans all rooms; the start room is the first non-anchor room returned. */
    List<PlannedRoom> plan(List<AnchorPin> anchors) throws RequestException {
        List<PlannedRoom> anchorRooms = placeAnchors(anchors);
        int start = placeStart();
        for (int i = 0; i < anchorRooms.size(); i++) {
            bridgeTo(anchorRooms.get(i), i, start);
        }
        int target = rng.randomInt(config.minRooms(), config.maxRooms());
        grow(target);
        if (rooms.size() < config.minRooms()) {
            throw new RequestException("$.district.minRooms", "only " + rooms.size() + " rooms fit the "
                    + config.width() + "x" + config.height() + " map around the anchors; minRooms is " + config.minRooms());
        }
        if (rooms.size() > config.maxRooms()) {
            throw new RequestException("$.anchors", "connecting the anchors needs " + rooms.size()
                    + " rooms, more than maxRooms " + config.maxRooms());
        }
        return List.copyOf(rooms);
    }

    private List<PlannedRoom> placeAnchors(List<AnchorPin> anchors) throws RequestException {
        List<PlannedRoom> placed = new ArrayList<>();
        Rect map = new Rect(0, 0, config.width(), config.height());
        for (int i = 0; i < anchors.size(); i++) {
            AnchorPin pin = anchors.get(i);
            String place = "$.anchors[" + i + "]";
            RoomTemplate template = catalog.library().byId(pin.templateId()).orElseThrow(() -> new RequestException(
                    place + ".templateId", "anchor '" + pin.id() + "' names template '" + pin.templateId() + "', which does not exist"));
            TemplateVariant variant = catalog.variant(template, pin.rotationDegrees());
            Rect bounds = new Rect(pin.x(), pin.y(), variant.width(), variant.height());
            if (!map.contains(bounds)) {
                throw new RequestException(place, "anchor '" + pin.id() + "' at " + pin.x() + "," + pin.y() + " ("
                        + bounds.width() + "x" + bounds.height() + ") lies outside the " + config.width() + "x"
                        + config.height() + " map");
            }
            for (int j = 0; j < placed.size(); j++) {
                PlannedRoom other = placed.get(j);
                if (other.id().equals(pin.id())) {
                    throw new RequestException(place + ".id", "anchor id '" + pin.id() + "' is used twice");
                }
                if (other.bounds().expand(config.anchorBuffer()).intersects(bounds)) {
                    throw new RequestException(place, "anchors '" + other.id() + "' and '" + pin.id()
                            + "' overlap or lie closer than the " + config.anchorBuffer() + "-tile buffer");
                }
            }
            Rect buffered = bounds.expand(config.anchorBuffer());
            List<Integer> slots = new ArrayList<>();
            for (int s = 0; s < grid.count(); s++) {
                if (grid.slotRect(s).intersects(buffered)) {
                    slots.add(s);
                }
            }
            PlannedRoom room = new PlannedRoom(pin.id(), template.type(), bounds, slots, variant, pin);
            placed.add(room);
        }
        // Claim slots only after all checks, so slot ownership records the anchor each slot serves.
        for (PlannedRoom room : placed) {
            int index = rooms.size();
            rooms.add(room);
            for (int s : room.slots()) {
                owner[s] = index;
            }
        }
        return placed;
    }

    private int placeStart() throws RequestException {
        List<Integer> free = freeSlots();
        if (free.isEmpty()) {
            throw new RequestException("$.anchors", "the anchors leave no free slot for the start room");
        }
        // Prefer slots near the centre so the district grows outwards evenly.
        free.sort((a, b) -> Integer.compare(centreDistance(a), centreDistance(b)));
        List<Integer> central = free.subList(0, Math.max(1, Math.min(free.size(), free.size() / 4)));
        int slot = rng.choice(central);
        String type = catalog.fittingWithin("detective_office", boxOf(slot, 1, 1).width(), boxOf(slot, 1, 1).height()).isEmpty()
                ? "apartment" : "detective_office";
        return addRoom(List.of(slot), 1, 1, type).orElseThrow(() -> new RequestException("$.district",
                "no template fits a single slot: the template library needs rooms of at most "
                        + boxOf(slot, 1, 1).width() + "x" + boxOf(slot, 1, 1).height() + " tiles"));
    }

    /** Claims free slots on the shortest slot path from the placed rooms to an anchor. */
    private void bridgeTo(PlannedRoom anchor, int anchorIndex, int startIndex) throws RequestException {
        int anchorRoom = rooms.indexOf(anchor);
        int[] previous = new int[grid.count()];
        Arrays.fill(previous, -2);
        Deque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < grid.count(); s++) {
            if (owner[s] >= 0 && owner[s] != anchorRoom && isConnectedRoom(owner[s], anchorIndex)) {
                previous[s] = -1;
                queue.add(s);
            }
        }
        int reached = -1;
        while (!queue.isEmpty() && reached < 0) {
            int s = queue.poll();
            for (int n : grid.neighbours(s)) {
                if (previous[n] != -2) {
                    continue;
                }
                if (owner[n] == anchorRoom) {
                    previous[n] = s;
                    reached = n;
                    break;
                }
                if (owner[n] == -1) {
                    previous[n] = s;
                    queue.add(n);
                }
            }
        }
        if (reached < 0) {
            throw new RequestException("$.anchors[" + anchorIndex + "]", "anchor '" + anchor.id()
                    + "' cannot be connected: other anchors wall it off from the rest of the district");
        }
        for (int s = previous[reached]; s >= 0 && owner[s] == -1; s = previous[s]) {
            String type = rng.weightedChoice(ORDINARY_TYPES, ORDINARY_WEIGHTS);
            if (addRoom(List.of(s), 1, 1, type).isEmpty()) {
                throw new RequestException("$.district", "no template fits a single slot on the way to anchor '" + anchor.id() + "'");
            }
        }
    }

    /** Anchors count as connected once bridged: anchors after {@code anchorIndex} are not yet. */
    private boolean isConnectedRoom(int roomIndex, int anchorIndex) {
        PlannedRoom room = rooms.get(roomIndex);
        if (!room.isAnchor()) {
            return true;
        }
        int order = 0;
        for (PlannedRoom r : rooms) {
            if (r == room) {
                return order < anchorIndex;
            }
            if (r.isAnchor()) {
                order++;
            }
        }
        return false;
    }

    private void grow(int target) {
        int requiredPlaced = 0;
        while (rooms.size() < target) {
            List<Integer> frontier = frontier();
            if (frontier.isEmpty()) {
                return;
            }
            int slot = rng.choice(frontier);
            String type;
            if (requiredPlaced < REQUIRED_TYPES.size()) {
                type = REQUIRED_TYPES.get(requiredPlaced++);
            } else {
                type = null;
            }
            if (type == null && rng.probability(config.largeRoomProbability()) && tryLarge(slot)) {
                continue;
            }
            if (type == null) {
                type = rng.weightedChoice(ORDINARY_TYPES, ORDINARY_WEIGHTS);
            }
            if (addRoom(List.of(slot), 1, 1, type).isEmpty()) {
                owner[slot] = -2; // nothing fits here: leave the slot empty for corridors
            }
        }
    }

    private boolean tryLarge(int slot) {
        int c = grid.column(slot);
        int r = grid.row(slot);
        int[][] shapes = {{2, 1}, {1, 2}, {2, 2}};
        List<int[]> options = new ArrayList<>();
        for (int[] shape : shapes) {
            for (int dc = 0; dc < shape[0]; dc++) {
                for (int dr = 0; dr < shape[1]; dr++) {
                    int c0 = c - dc;
                    int r0 = r - dr;
                    if (blockFree(c0, r0, shape[0], shape[1])) {
                        options.add(new int[] {c0, r0, shape[0], shape[1]});
                    }
                }
            }
        }
        if (options.isEmpty()) {
            return false;
        }
        int[] block = rng.choice(options);
        List<Integer> slots = new ArrayList<>();
        for (int rr = block[1]; rr < block[1] + block[3]; rr++) {
            for (int cc = block[0]; cc < block[0] + block[2]; cc++) {
                slots.add(grid.index(cc, rr));
            }
        }
        String type = rng.weightedChoice(LARGE_TYPES, LARGE_WEIGHTS);
        return addRoom(slots, block[2], block[3], type).isPresent();
    }

    private boolean blockFree(int c0, int r0, int spanC, int spanR) {
        if (c0 < 0 || r0 < 0 || c0 + spanC > grid.columns() || r0 + spanR > grid.rows()) {
            return false;
        }
        for (int rr = r0; rr < r0 + spanR; rr++) {
            for (int cc = c0; cc < c0 + spanC; cc++) {
                if (owner[grid.index(cc, rr)] != -1) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Adds a room of the given type over the slots, choosing a template variant that fits the box and
     * a position inside it. Falls back to other types when none of this type fits.
     */
    private Optional<Integer> addRoom(List<Integer> slots, int spanC, int spanR, String preferredType) {
        int first = slots.get(0);
        Rect box = boxOf(first, spanC, spanR);
        List<TemplateVariant> fits = catalog.fittingWithin(preferredType, box.width(), box.height());
        String type = preferredType;
        if (fits.isEmpty()) {
            for (String other : catalog.types()) {
                fits = catalog.fittingWithin(other, box.width(), box.height());
                if (!fits.isEmpty()) {
                    type = other;
                    break;
                }
            }
        }
        if (fits.isEmpty()) {
            return Optional.empty();
        }
        if (spanC * spanR > 1) {
            // A large block should hold a large room: keep only variants that use most of the box.
            List<TemplateVariant> big = fits.stream()
                    .filter(v -> v.width() * v.height() * 2 > box.area() / 2)
                    .toList();
            if (!big.isEmpty()) {
                fits = big;
            }
        }
        TemplateVariant variant = rng.choice(fits);
        int x = box.x() + rng.randomInt(0, box.width() - variant.width());
        int y = box.y() + rng.randomInt(0, box.height() - variant.height());
        int index = rooms.size();
        String id = "r" + countGenerated();
        rooms.add(new PlannedRoom(id, type, new Rect(x, y, variant.width(), variant.height()), slots, variant, null));
        for (int s : slots) {
            owner[s] = index;
        }
        return Optional.of(index);
    }

    private int countGenerated() {
        int n = 0;
        for (PlannedRoom r : rooms) {
            if (!r.isAnchor()) {
                n++;
            }
        }
        return n;
    }

    private Rect boxOf(int slot, int spanC, int spanR) {
        return grid.box(grid.column(slot), grid.row(slot), spanC, spanR);
    }

    private List<Integer> frontier() {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < grid.count(); s++) {
            if (owner[s] != -1) {
                continue;
            }
            for (int n : grid.neighbours(s)) {
                if (owner[n] >= 0) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    private List<Integer> freeSlots() {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < grid.count(); s++) {
            if (owner[s] == -1) {
                out.add(s);
            }
        }
        return out;
    }

    private int centreDistance(int slot) {
        int dc = 2 * grid.column(slot) - (grid.columns() - 1);
        int dr = 2 * grid.row(slot) - (grid.rows() - 1);
        return dc * dc + dr * dr;
    }

    /** Owner room index of each slot after planning (-1 free, -2 left empty). */
    int[] owners() {
        return owner.clone();
    }
}
