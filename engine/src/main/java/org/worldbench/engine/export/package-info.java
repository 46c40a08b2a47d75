/** Export formats: the canonical export JSON and pictures of a district. */
package org.worldbench.engine.export;
