package org.floorcross.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.floorcross.review.Decision;
import org.floorcross.review.Edit;
import org.floorcross.review.ProposedEvent;
import org.floorcross.review.Review;
import org.floorcross.review.ReviewConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code floorcross review [list | accept ID | reject ID | edit ID ... | history ID]}: an editor's desk. */
@Command(name = "review", description = "List the events waiting for an editor (with their evidence), "
        + "or accept, reject or edit one; every decision is kept with who made it and why.")
final class ReviewCommand implements Callable<Integer> {

    private static final String BY = "Who decides (default: your user name).";

    private final Services services;

    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    ReviewCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        return list(store, false);
    }

    @Command(name = "list", description = "List pending events with their evidence sentences (--all for every event).")
    int list(@Mixin StoreOptions where, @Option(names = "--all", description = "Every event, not just pending.") boolean all) {
        Review review = review(where);
        List<ProposedEvent> events = all ? review.events() : review.pending();
        PrintWriter out = out();
        out.printf("%d %s event(s)%n", events.size(), all ? "" : "pending");
        events.forEach(event -> Proposals.print(out, event, true));
        return 0;
    }

    @Command(name = "accept", description = "Accept an event and apply it to the ledger.")
    int accept(@Parameters(paramLabel = "ID") long id, @Mixin StoreOptions where,
               @Option(names = "--by", description = BY) String by, @Option(names = "--why") String why) {
        Proposals.print(out(), review(where).accept(id, decision(by, why)), false);
        return 0;
    }

    @Command(name = "reject", description = "Reject an event, withdrawing it from the ledger if it was applied.")
    int reject(@Parameters(paramLabel = "ID") long id, @Mixin StoreOptions where,
               @Option(names = "--by", description = BY) String by, @Option(names = "--why") String why) {
        Proposals.print(out(), review(where).reject(id, decision(by, why)), false);
        return 0;
    }

    @Command(name = "edit", description = "Correct an event's details; an accepted event is re-applied with them.")
    int edit(@Parameters(paramLabel = "ID") long id, @Mixin StoreOptions where,
             @Option(names = "--count") Integer count, @Option(names = "--from") String from,
             @Option(names = "--to") String to, @Option(names = "--group") String group,
             @Option(names = "--person", description = "Who moved (repeat for each).") List<String> people,
             @Option(names = "--date", converter = Dates.class) LocalDate date,
             @Option(names = "--by", description = BY) String by, @Option(names = "--why") String why) {
        Edit change = new Edit(count, from, to, group, people, date);
        Proposals.print(out(), review(where).edit(id, change, decision(by, why)), false);
        return 0;
    }

    @Command(name = "history", description = "Every change to an event: who, when, why and what.")
    int history(@Parameters(paramLabel = "ID") long id, @Mixin StoreOptions where) {
        review(where).history(id).forEach(h -> out().printf("%s  %-12s %-20s %s%s%n", h.at(), h.action(), h.by(),
                h.why() == null ? "" : "why: " + h.why() + " ", h.detail() == null ? "" : h.detail()));
        return 0;
    }

    private Review review(StoreOptions where) {
        return services.review(where.config(), ReviewConfig.defaults());
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static Decision decision(String by, String why) {
        return new Decision(by == null ? System.getProperty("user.name", "editor") : by, why);
    }
}
