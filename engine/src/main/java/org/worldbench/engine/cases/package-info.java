/**
 * Cases, solution first: people and motives, the method and the night's timeline, knowledge tokens,
 * evidence built backwards from the solution, red herrings and difficulty, and the evidence graph.
 */
package org.worldbench.engine.cases;
