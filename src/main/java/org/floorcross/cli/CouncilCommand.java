package org.floorcross.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.floorcross.ledger.Composition;
import org.floorcross.register.Body;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code floorcross council NAME|CODE [--at DATE]}: composition, control and members of one body. */
@Command(name = "council", description = "Show a body's composition, control and members by bloc at a date.")
final class CouncilCommand implements Callable<Integer> {

    private final Services services;

    @Parameters(paramLabel = "NAME|CODE", description = "A body's name or GSS code: Pendle, E07000122, House of Commons.")
    String name;

    @Option(names = "--at", paramLabel = "DATE", converter = Dates.class, description = "The date (YYYY-MM-DD; default today).")
    LocalDate at;

    @Option(names = "--no-members", description = "Leave out the members of each bloc.")
    boolean noMembers;

    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    CouncilCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        Body body = services.register().requireBody(name);
        LocalDate date = at == null ? LocalDate.now() : at;
        Composition composition = services.ledger(store.config()).composition(body.id(), date);
        Table.composition(spec.commandLine().getOut(), body.name() + " (" + body.id() + ")", composition, !noMembers);
        return 0;
    }
}
