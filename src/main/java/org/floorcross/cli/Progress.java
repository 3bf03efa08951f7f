package org.floorcross.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/** A progress bar on standard error for long runs; silent for short ones. */
final class Progress {

    private static final int LONG_RUN = 20;
    private static final int WIDTH = 30;

    private Progress() {
    }

    static IntConsumer on(PrintWriter err, int total) {
        if (total < LONG_RUN) {
            return done -> { };
        }
        return done -> {
            int filled = (int) ((long) done * WIDTH / total);
            err.printf("\r[%s%s] %d/%d", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total);
            if (done == total) {
                err.println();
            }
            err.flush();
        };
    }
}
