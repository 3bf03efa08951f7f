package org.floorcross.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;

/** Reports problems with the input on the error stream, one line each, as they happen. */
final class Problems {

    private Problems() {
    }

    static Consumer<String> to(PrintWriter err) {
        return message -> {
            synchronized (err) {
                err.println("floorcross: " + message);
                err.flush();
            }
        };
    }
}
