package org.floorcross.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.floorcross.review.Conflict;
import org.floorcross.review.ProposedEvent;
import org.floorcross.review.Report;

/** Renders a proposed event: what moved, who, how many, when, its status and every source with its evidence. */
final class Proposals {

    private Proposals() {
    }

    static void print(PrintWriter out, ProposedEvent e, boolean evidence) {
        out.printf("#%d %s — %s [%s, support %.2f]%n", e.id(), e.bodyName(), e.move()
                + (e.group() == null ? "" : " (group: " + e.group() + ")"), e.status().name().toLowerCase(Locale.ROOT),
                e.support());
        out.printf("    people: %s%n", e.people().isEmpty() ? "none named" : String.join(", ", e.people()));
        out.printf("    count: %s%n", count(e));
        out.printf("    date: %s%n", e.date().describe());
        for (Report report : e.reports()) {
            out.printf("    source: %s%s (confidence %.2f)%n", report.articleId(),
                    report.published() == null ? ", undated" : ", published " + report.published(),
                    report.confidence());
            if (evidence) {
                report.sentences().forEach(sentence -> out.printf("        \"%s\"%n", sentence));
            }
        }
        e.conflicts().forEach(conflict -> out.printf("    conflict: %s%n", conflict.describe()));
    }

    static String count(ProposedEvent e) {
        if (e.count() == null) {
            return (e.people().isEmpty() ? "nobody named" : e.people().size() + " named")
                    + "; how many others moved the reports do not say (unresolved, not guessed)";
        }
        int unnamed = e.count() - e.people().size();
        return unnamed > 0 ? e.count() + " (" + unnamed + " not named: their seats move as unresolved)" : e.count() + "";
    }

    static String conflicts(ProposedEvent e) {
        return String.join("; ", e.conflicts().stream().map(Conflict::describe).toList());
    }
}
