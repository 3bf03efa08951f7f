package org.floorcross.ledger;

import java.util.List;
import org.floorcross.register.Party;

/** How each kind of event changes a body's seats; conflicts are flagged on the book and never applied twice. */
final class Moves {

    private Moves() {
    }

    static void apply(SeatBook book, Event event) {
        if (!(event instanceof Baseline)) {
            book.eventsApplied++;
            if (book.baseline == null) {
                flag(book, event, Flag.Reason.NO_BASELINE, "no baseline before " + event.effective());
            }
        }
        switch (event) {
            case Baseline b -> book.reset(b);
            case Defection d -> move(book, d, d.people(), d.count(), d.from(), target(d));
            case Suspension s -> move(book, s, s.people(), s.count(), s.party(), Party.INDEPENDENT);
            case Reinstatement r -> move(book, r, r.people(), r.count(), Party.INDEPENDENT, r.party());
            case Vacancy v -> vacate(book, v);
            case ByElection e -> fill(book, e);
        }
    }

    /** The bloc a defection joins: the group when they sit as independents in a named group. */
    static String target(Defection d) {
        if (d.group() != null && (d.to() == null || Party.INDEPENDENT.equals(d.to()))) {
            return d.group();
        }
        return d.to() == null ? Party.INDEPENDENT : d.to();
    }

    private static void move(SeatBook book, Event event, List<String> people, Integer count, String from, String to) {
        for (String name : people) {
            book.find(name, null).place().ifPresentOrElse(
                    place -> movePerson(book, event, name, place, from, to),
                    () -> flagMissing(book, event, name, null));
        }
        int unnamed = count == null ? 0 : count - people.size();
        if (unnamed > 0) {
            moveCount(book, event, unnamed, from, to);
        }
    }

    private static void movePerson(SeatBook book, Event event, String name, SeatBook.Place place, String from,
                                   String to) {
        if (to.equals(place.bloc)) {
            flag(book, event, Flag.Reason.ALREADY_IN_TARGET_BLOC, place.member + " already sits as " + to);
            return;
        }
        if (from != null && !from.equals(place.bloc)) {
            flag(book, event, Flag.Reason.NOT_IN_FROM_BLOC, place.member + " sat as " + place.bloc + ", not " + from);
        }
        resolvePending(book, place.bloc, to);
        place.bloc = to;
    }

    /** A named move that an earlier count-only move already counted: name it instead of moving a seat twice. */
    private static void resolvePending(SeatBook book, String from, String to) {
        for (SeatBook.Pending pending : book.pending) {
            if (pending.count > 0 && pending.from.equals(from) && pending.to.equals(to)) {
                pending.count--;
                book.shift(to, from, 1);
                return;
            }
        }
    }

    private static void moveCount(SeatBook book, Event event, int count, String from, String to) {
        int available = Math.max(0, book.seats(from));
        if (count > available) {
            flag(book, event, Flag.Reason.COUNT_EXCEEDS_BLOC,
                    count + " unnamed seats to move from " + from + ", which holds " + available);
        }
        int moved = Math.min(count, available);
        if (moved > 0) {
            book.shift(from, to, moved);
            book.pending.add(new SeatBook.Pending(event, from, to, moved));
        }
    }

    private static void vacate(SeatBook book, Vacancy vacancy) {
        book.find(vacancy.person(), vacancy.ward()).place().ifPresentOrElse(place -> {
            place.member = null;
            place.bloc = null;
        }, () -> flagMissing(book, vacancy, vacancy.person(), vacancy.ward()));
    }

    private static void fill(SeatBook book, ByElection election) {
        SeatBook.Place seat = book.places.stream()
                .filter(p -> p.bloc == null && p.member == null)
                .filter(p -> election.ward() == null || p.ward == null || SeatBook.sameWard(election.ward(), p.ward))
                .min((a, b) -> Boolean.compare(a.ward == null, b.ward == null))
                .orElse(null);
        if (seat == null) {
            flag(book, election, Flag.Reason.NO_VACANT_SEAT, "no vacant seat"
                    + (election.ward() == null ? "" : " in " + election.ward()) + " for " + election.person());
            return;
        }
        seat.member = election.person();
        seat.bloc = election.party();
    }

    private static void flagMissing(SeatBook book, Event event, String name, String ward) {
        boolean ambiguous = book.find(name, ward).ambiguous();
        flag(book, event, ambiguous ? Flag.Reason.AMBIGUOUS_PERSON : Flag.Reason.PERSON_NOT_ON_BODY,
                name + (ambiguous ? " matches several members" : " is not on the body"));
    }

    private static void flag(SeatBook book, Event event, Flag.Reason reason, String detail) {
        book.flags.add(new Flag(event, reason, detail));
    }
}
