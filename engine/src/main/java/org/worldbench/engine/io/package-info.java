/**
 * Reading and writing user files safely: strict JSON with one-line errors, and atomic writes.
 */
package org.worldbench.engine.io;
