package org.floorcross.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.floorcross.register.Roster;
import org.floorcross.register.Seat;

/** Hand-made rosters and events for ledger tests (names are invented except where a test says otherwise). */
final class Fixtures {

    static final String BODY = "E07000172";
    static final LocalDate ROSTER_DATE = LocalDate.of(2023, 5, 4);
    static final Source SOURCE = new Source("a1", "https://example.org/a1", "Councillors quit", List.of(new Span(0, 40)));
    static final Source OTHER_SOURCE = new Source("a2", "https://example.net/a2", null, List.of(new Span(5, 60)));

    private Fixtures() {
    }

    /** Eleven seats: Labour 6, Conservative 3, Independent 2 (Mohammed Iqbal among them). Labour majority. */
    static Roster roster() {
        List<Seat> seats = new ArrayList<>();
        for (String name : List.of("Milan Radulovic", "Ann Baker", "Carl Dunn", "Eve Fisher", "Gail Hart", "Ian Jones")) {
            seats.add(new Seat(name, "Ward " + name.charAt(0), "Labour", "Labour Party"));
        }
        for (String name : List.of("Kate Lamb", "Mark Noble", "Olive Pratt")) {
            seats.add(new Seat(name, "Ward " + name.charAt(0), "Conservative", "Conservative Party"));
        }
        seats.add(new Seat("Mohammed Iqbal", "Ward M", "Independent", "Independent"));
        seats.add(new Seat("Quinn Reed", "Ward Q", "Independent", "Independent"));
        return new Roster(BODY, ROSTER_DATE, true, seats, "test roster 2023");
    }

    static LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(2024, month, dayOfMonth);
    }

    static Defection defection(LocalDate date, List<String> people, Integer count, String from, String to,
                               String group) {
        return new Defection(BODY, date, DatePrecision.DAY, List.of(SOURCE), people, count, from, to, group);
    }

    static List<Projection.Entry> timeline(Event... events) {
        List<Projection.Entry> entries = new ArrayList<>();
        entries.add(new Projection.Entry(Baseline.of(roster()), true));
        for (Event event : events) {
            entries.add(new Projection.Entry(event, false));
        }
        return entries;
    }
}
