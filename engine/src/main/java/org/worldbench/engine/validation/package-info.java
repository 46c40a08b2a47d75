/** Validation of a generation: connectivity, solvability, coherence, limits and the quality score. */
package org.worldbench.engine.validation;
