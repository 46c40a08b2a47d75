/** The project file: seed, district settings, anchors, overrides, case and world settings. */
package org.worldbench.engine.project;
