/** The district layout graph on JGraphT: rooms, connections with door types and ability gates. */
package org.worldbench.engine.layout;
