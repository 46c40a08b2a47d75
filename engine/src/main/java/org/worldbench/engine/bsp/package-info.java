/** Binary space partitioning for the interiors of large rooms. */
package org.worldbench.engine.bsp;
