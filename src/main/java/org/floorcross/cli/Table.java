package org.floorcross.cli;

import java.io.PrintWriter;
import java.util.List;
import org.floorcross.ledger.Bloc;
import org.floorcross.ledger.Composition;

/** Renders a composition as text: seats per bloc, control, seats needed, members by bloc. */
final class Table {

    private Table() {
    }

    static void composition(PrintWriter out, String title, Composition c, boolean members) {
        out.printf("%s at %s%n", title, c.at());
        if (c.baselineDate() == null) {
            out.println("  No roster or baseline is known for this body at that date.");
            return;
        }
        out.printf("  Baseline: %s (from %s)%n", c.baselineSource(), c.baselineDate());
        out.printf("  %d seats, %d needed for a majority%s%n", c.totalSeats(), c.control().seatsNeeded(),
                c.vacancies() > 0 ? ", " + c.vacancies() + " vacant" : "");
        out.printf("  Control: %s%n", c.control().describe());
        int width = c.blocs().stream().mapToInt(b -> b.name().length()).max().orElse(10);
        for (Bloc bloc : c.blocs()) {
            out.printf("  %-" + width + "s %4d%s%n", bloc.name(), bloc.seats(), unresolved(bloc));
            if (members && !bloc.members().isEmpty()) {
                out.printf("  %-" + width + "s      %s%n", "", String.join(", ", bloc.members()));
            }
        }
        c.unresolved().forEach(u -> out.printf("  Unresolved: %d seat(s) moved %s -> %s, members not named%n",
                u.count(), u.from(), u.to()));
        c.flags().forEach(f -> out.printf("  Flag: %s: %s%n", f.reason(), f.detail()));
    }

    private static String unresolved(Bloc bloc) {
        return bloc.unresolved() == 0 ? "" : "  (" + Math.abs(bloc.unresolved()) + " unnamed)";
    }

    static void lines(PrintWriter out, List<String> lines) {
        lines.forEach(out::println);
    }
}
