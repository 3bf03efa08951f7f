package org.floorcross.ledger;

import java.util.List;
import org.floorcross.register.Seat;

/** The column values of one event in the events table and its people and seats, by kind. */
record EventRow(String from, String to, String group, Integer count, String ward, String description,
                List<String> people, List<Seat> seats) {

    static EventRow of(Event event) {
        return switch (event) {
            case Baseline b -> new EventRow(null, null, null, null, null, b.description(), List.of(), b.seats());
            case Defection d -> new EventRow(d.from(), d.to(), d.group(), d.count(), null, null, d.people(), List.of());
            case Suspension s -> new EventRow(s.party(), null, null, s.count(), null, null, s.people(), List.of());
            case Reinstatement r -> new EventRow(null, r.party(), null, r.count(), null, null, r.people(), List.of());
            case Vacancy v -> new EventRow(null, null, null, null, v.ward(), null, List.of(v.person()), List.of());
            case ByElection e -> new EventRow(null, e.party(), null, null, e.ward(), null, List.of(e.person()),
                    List.of());
        };
    }

    /** Rebuilds the event of a kind from its stored values. */
    Event toEvent(String kind, Stored head, List<Source> sources) {
        return switch (kind) {
            case "baseline" -> new Baseline(head.bodyId(), head.effective(), head.precision(), sources, seats,
                    description);
            case "defection" -> new Defection(head.bodyId(), head.effective(), head.precision(), sources, people, count,
                    from, to, group);
            case "suspension" -> new Suspension(head.bodyId(), head.effective(), head.precision(), sources, people,
                    count, from);
            case "reinstatement" -> new Reinstatement(head.bodyId(), head.effective(), head.precision(), sources,
                    people, count, to);
            case "vacancy" -> new Vacancy(head.bodyId(), head.effective(), head.precision(), sources, people.getFirst(),
                    ward);
            case "by-election" -> new ByElection(head.bodyId(), head.effective(), head.precision(), sources, ward,
                    people.getFirst(), to);
            default -> throw new IllegalStateException("unknown event kind in the store: '" + kind + "'");
        };
    }

    /** The columns every event has. */
    record Stored(long id, String key, String kind, String bodyId, java.time.LocalDate effective,
                  DatePrecision precision, java.time.Instant createdAt) {}
}
