package org.floorcross.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.floorcross.register.Body;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code floorcross councils [--search TEXT] [--at DATE]}: lists bodies. */
@Command(name = "councils", description = "List bodies in the register, optionally matching a text and existing on a date.")
final class CouncilsCommand implements Callable<Integer> {

    private final Services services;

    @Option(names = "--search", paramLabel = "TEXT", description = "Only bodies whose names contain this text.")
    String search;

    @Option(names = "--at", paramLabel = "DATE", converter = Dates.class, description = "Only bodies existing on this date.")
    LocalDate at;

    @Option(names = "--parishes", description = "Include town and parish councils (about 11,000).")
    boolean parishes;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    CouncilsCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        List<Body> bodies = services.register().search(search == null ? "" : search, at).stream()
                .filter(b -> parishes || search != null || b.kind() != org.floorcross.register.BodyKind.TOWN_OR_PARISH)
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        for (Body body : bodies) {
            out.printf("%-10s %-55s %-24s %s%s%n", body.id(), body.name(), body.kind().toString().toLowerCase(),
                    body.start() == null ? "" : body.start(), body.end() == null ? "" : " to " + body.end());
        }
        spec.commandLine().getErr().printf("%d bodies%n", bodies.size());
        return 0;
    }
}
