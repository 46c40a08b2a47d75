/** The generation pipeline: district, case, population, validation, and the result it exports. */
package org.worldbench.engine.pipeline;
