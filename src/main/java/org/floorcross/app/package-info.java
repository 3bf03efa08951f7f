/** The composition root: reads configuration, wires the capabilities together with constructors, and starts the CLI. */
package org.floorcross.app;
