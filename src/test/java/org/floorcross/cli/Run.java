package org.floorcross.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line: its exit code, standard output and standard error. */
record Run(int code, String out, String err) {

    static Run of(Services services, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli(services).execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }
}
