package org.floorcross.app;

import org.floorcross.cli.Cli;

/** Entry point: wires the capabilities and hands the arguments to the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
