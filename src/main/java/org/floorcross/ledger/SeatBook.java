package org.floorcross.ledger;

import org.floorcross.register.PersonName;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.floorcross.register.Seat;

/** The working state of one body's seats while a projection replays its timeline. Mutable; never leaves a replay. */
final class SeatBook {

    /** One seat: its holder (null when unnamed), ward, and bloc (null when vacant). */
    static final class Place {
        String member;
        final String ward;
        String bloc;

        Place(String member, String ward, String bloc) {
            this.member = member;
            this.ward = ward;
            this.bloc = bloc;
        }
    }

    /** A count-only move still waiting for names. */
    static final class Pending {
        final Event event;
        final String from;
        final String to;
        int count;

        Pending(Event event, String from, String to, int count) {
            this.event = event;
            this.from = from;
            this.to = to;
            this.count = count;
        }
    }

    final List<Place> places = new ArrayList<>();
    final Map<String, Integer> unresolved = new LinkedHashMap<>();
    final List<Pending> pending = new ArrayList<>();
    final List<Flag> flags = new ArrayList<>();
    Baseline baseline;
    int eventsApplied;

    /** Starts again from a baseline: every earlier event is superseded. */
    void reset(Baseline next) {
        places.clear();
        unresolved.clear();
        pending.clear();
        flags.clear();
        eventsApplied = 0;
        baseline = next;
        for (Seat seat : next.seats()) {
            places.add(new Place(seat.member(), seat.ward(), seat.party()));
        }
    }

    int seats(String bloc) {
        long named = places.stream().filter(p -> bloc.equals(p.bloc)).count();
        return (int) named + unresolved.getOrDefault(bloc, 0);
    }

    void shift(String from, String to, int count) {
        unresolved.merge(from, -count, Integer::sum);
        unresolved.merge(to, count, Integer::sum);
    }

    /** The seat whose holder best matches the name (and ward, if given); empty if none or several equally. */
    Lookup find(String name, String ward) {
        int best = 0;
        List<Place> found = new ArrayList<>();
        for (Place place : places) {
            int score = place.member == null ? 0 : PersonName.of(name).closeness(PersonName.of(place.member));
            if (score > 0 && ward != null && place.ward != null && !sameWard(ward, place.ward)) {
                score = 0;
            }
            if (score > best) {
                best = score;
                found.clear();
            }
            if (score == best && score > 0) {
                found.add(place);
            }
        }
        return new Lookup(found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty(), found.size() > 1);
    }

    record Lookup(Optional<Place> place, boolean ambiguous) {}

    static boolean sameWard(String a, String b) {
        return PersonName.of(a).canonical().equals(PersonName.of(b).canonical());
    }

    Composition snapshot(String bodyId, LocalDate at) {
        List<Bloc> blocs = blocs();
        int vacancies = (int) places.stream().filter(p -> p.bloc == null).count();
        List<UnresolvedMove> open = pending.stream().filter(p -> p.count > 0)
                .map(p -> new UnresolvedMove(p.event, p.from, p.to, p.count)).toList();
        return new Composition(bodyId, at, baseline == null ? null : baseline.effective(),
                baseline == null ? null : baseline.description(), places.size(), blocs, vacancies,
                ControlRule.of(blocs, places.size()), flags, open, eventsApplied);
    }

    private List<Bloc> blocs() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        places.stream().filter(p -> p.bloc != null)
                .forEach(p -> members.computeIfAbsent(p.bloc, b -> new ArrayList<>()));
        unresolved.keySet().forEach(b -> members.computeIfAbsent(b, x -> new ArrayList<>()));
        places.stream().filter(p -> p.bloc != null && p.member != null)
                .forEach(p -> members.get(p.bloc).add(p.member));
        return members.keySet().stream()
                .map(b -> new Bloc(b, seats(b), members.get(b), unresolved.getOrDefault(b, 0)))
                .filter(b -> b.seats() > 0 || b.unresolved() != 0)
                .sorted(Comparator.comparingInt(Bloc::seats).reversed().thenComparing(Bloc::name))
                .toList();
    }
}
