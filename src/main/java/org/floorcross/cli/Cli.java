package org.floorcross.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The floorcross command line: parses arguments, runs one command, maps failures to exit codes. */
@Command(name = "floorcross", mixinStandardHelpOptions = true, version = "floorcross 0.1.0",
        description = "A sourced, time-travelling record of who holds the seats on UK councils and parliaments.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    private final Services services;

    public Cli(Services services) {
        this.services = services;
    }

    /** Runs the command line with the given arguments and returns the process exit code. */
    public int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(this);
        for (Object command : commands()) {
            commandLine.addSubcommand(command);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new Failures());
        commandLine.setExitCodeExceptionMapper(new Failures());
        return commandLine.execute(args);
    }

    private java.util.List<Object> commands() {
        return java.util.List.of(new DemoCommand(services), new CouncilCommand(services),
                new CouncilsCommand(services), new HistoryCommand(services), new ExtractCommand(services),
                new IngestCommand(services), new ReviewCommand(services), new ServeCommand(services),
                new EvalCommand(services), new BenchCommand(services));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required (see --help)");
    }
}
