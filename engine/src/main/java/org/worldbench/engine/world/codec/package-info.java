/** The CHNK binary chunk codec: quantised, delta-encoded, octahedral normals, gzip, checksummed. */
package org.worldbench.engine.world.codec;
