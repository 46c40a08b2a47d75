/** Replay bundles: a request and its per-layer hashes, recorded and replayed to catch drift. */
package org.worldbench.engine.replay;
