/** The command line: thin picocli commands that parse arguments, call one capability and render its answer. */
package org.floorcross.cli;
