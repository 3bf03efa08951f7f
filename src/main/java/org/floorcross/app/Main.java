package org.floorcross.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.floorcross.cli.Cli;

/** Entry point: wires the capabilities and hands the arguments to the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Libraries log progress through java.util.logging; the command line reports its own progress.
        Logger.getLogger("").setLevel(Level.WARNING);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = new Cli(new App()).execute(out, err, args);
        out.flush();
        System.exit(code);
    }
}
