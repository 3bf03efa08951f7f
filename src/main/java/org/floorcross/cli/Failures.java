package org.floorcross.cli;

import org.floorcross.register.BodyLookupException;
import picocli.CommandLine;

/** The one map from failures to messages and exit codes. */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IExitCodeExceptionMapper {

    /** Some inputs could not be processed; the rest were. */
    static final int PARTLY_FAILED = 1;
    /** The arguments were wrong: a bad date, an unknown option. */
    static final int USAGE = 2;
    /** A name matched no body, or several. */
    static final int NOT_FOUND = 3;
    /** Anything unexpected. */
    static final int INTERNAL = 70;

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        commandLine.getErr().println("floorcross: " + message(ex));
        commandLine.getErr().flush();
        return getExitCode(ex);
    }

    @Override
    public int getExitCode(Throwable exception) {
        return switch (exception) {
            case BodyLookupException e -> NOT_FOUND;
            case IllegalArgumentException e -> USAGE;
            case CommandLine.ParameterException e -> USAGE;
            default -> INTERNAL;
        };
    }

    private static String message(Exception ex) {
        return ex.getMessage() == null ? ex.toString() : ex.getMessage();
    }
}
