/** Room templates: the JSON format, validation, rotation, and the library grouped by type. */
package org.worldbench.engine.template;
