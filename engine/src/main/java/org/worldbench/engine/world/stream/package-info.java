/** Streaming: load radius, unload margin, priorities, a bounded worker feed, an LRU, and edits. */
package org.worldbench.engine.world.stream;
