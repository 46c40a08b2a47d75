/** The playtest bot: walks the checker's minimum path through the real tiles to prove a case closes on foot. */
package org.worldbench.engine.playtest;
