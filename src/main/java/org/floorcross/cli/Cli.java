package org.floorcross.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The floorcross command line. */
@Command(name = "floorcross", mixinStandardHelpOptions = true, version = "floorcross 0.1.0",
        description = "A sourced, time-travelling record of who holds the seats on UK councils and parliaments.")
public final class Cli implements Runnable {

    public static int run(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
