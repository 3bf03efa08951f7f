package org.floorcross.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.floorcross.ledger.HistoryEntry;
import org.floorcross.register.Body;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code floorcross history NAME}: every baseline and event on a body, oldest first, with what each changed. */
@Command(name = "history", description = "Every baseline and event on a body, oldest first, with what each changed.")
final class HistoryCommand implements Callable<Integer> {

    private final Services services;

    @Parameters(paramLabel = "NAME|CODE", description = "A body's name or GSS code.")
    String name;

    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    HistoryCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Body body = services.register().requireBody(name);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s (%s)%n", body.name(), body.id());
        for (HistoryEntry entry : services.ledger(store.config()).history(body.id())) {
            out.printf("%s  %s%n", entry.event().effective(), Describe.event(entry.event()));
            String changes = entry.changes().stream().filter(c -> c.change() != 0)
                    .map(c -> String.format("%s %d -> %d", c.bloc(), c.before(), c.after()))
                    .collect(Collectors.joining("; "));
            out.printf("            %s%n", changes.isEmpty() ? "no change in seats" : changes);
            out.printf("            %s%n", entry.after().control().describe());
            entry.flags().forEach(f -> out.printf("            Flag: %s: %s%n", f.reason(), f.detail()));
        }
        return 0;
    }
}
