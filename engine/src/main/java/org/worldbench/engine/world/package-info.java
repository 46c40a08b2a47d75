/**
 * The endless world: three topologies (ring, strip, plane), chunk ids, deterministic chunk content
 * at LOD 0-3, the chunk JSON, streaming ({@code stream}) and the CHNK codec ({@code codec}).
 */
package org.worldbench.engine.world;
