/**
 * The district generator: narrative anchors at their pins, rooms in slots, corridors, shortcuts,
 * ability gates and pickups, and per-room streams for selective regeneration.
 */
package org.worldbench.engine.district;
