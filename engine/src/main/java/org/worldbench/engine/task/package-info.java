/** Progress and cancellation for long-running engine work, free of any UI toolkit. */
package org.worldbench.engine.task;
