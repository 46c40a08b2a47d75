/**
 * Seeded randomness: the Mulberry32 generator, text seeds, and stateless per-part streams.
 */
package org.worldbench.engine.random;
