package org.worldbench.engine.district;

/**
 * An ability the player picks up in the district (a key is an ability too).
 *
 * @param ability the ability's name, as connections' {@code requires} name it
 * @param room    the room holding it
 * @param x       tile column (a walkable tile of that room)
 * @param y       tile row
 */
public record AbilityPickup(String ability, String room, int x, int y) {
}
