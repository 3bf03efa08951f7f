package org.floorcross.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.floorcross.register.Roster;
import org.floorcross.register.Seat;
import org.floorcross.web.Records.BodyRef;
import org.floorcross.web.Records.BodyState;
import org.floorcross.web.Records.PersonRef;

/**
 * Everyone sitting on a body at a date. People drawn from the bundled rosters depend only on which roster is in force,
 * so they are built once per roster date and shared; bodies with recorded events are read afresh on every call.
 */
final class People {

    private static final LocalDate NO_ROSTER = LocalDate.MIN;

    private final List<BodyRef> bodies;
    private final Function<String, List<Roster>> rosters;
    private final Supplier<Set<String>> bodiesWithEvents;
    private final BiFunction<String, LocalDate, BodyState> state;
    private final Map<LocalDate, Map<String, List<PersonRef>>> byRosterDate = new ConcurrentHashMap<>();
    private final AtomicInteger rosterBuilds = new AtomicInteger();
    private volatile NavigableSet<LocalDate> rosterDates;

    /**
     * @param rosters a body's bundled rosters, oldest first
     * @param bodiesWithEvents the ids of bodies with recorded events, read on every call
     * @param state a body's composition at a date, from its baseline and events
     */
    People(List<BodyRef> bodies, Function<String, List<Roster>> rosters, Supplier<Set<String>> bodiesWithEvents,
           BiFunction<String, LocalDate, BodyState> state) {
        this.bodies = List.copyOf(bodies);
        this.rosters = rosters;
        this.bodiesWithEvents = bodiesWithEvents;
        this.state = state;
    }

    /** Everyone sitting at the date, body by body in the bodies' order. */
    List<PersonRef> at(LocalDate at) {
        Set<String> withEvents = bodiesWithEvents.get();
        Map<String, List<PersonRef>> fromRosters = fromRosters(at);
        List<PersonRef> people = new ArrayList<>();
        for (BodyRef body : bodies) {
            if (withEvents.contains(body.id())) {
                state.apply(body.id(), at).blocs().forEach(bloc -> bloc.members().forEach(m -> people.add(
                        new PersonRef(m.name(), m.ward(), body.id(), body.name(), bloc.bloc()))));
            } else {
                people.addAll(fromRosters.getOrDefault(body.id(), List.of()));
            }
        }
        return people;
    }

    /** How many times the people of the rosters in force at some date have been built. */
    int rosterBuilds() {
        return rosterBuilds.get();
    }

    private Map<String, List<PersonRef>> fromRosters(LocalDate at) {
        LocalDate rosterDate = rosterDates().floor(at);
        return byRosterDate.computeIfAbsent(rosterDate == null ? NO_ROSTER : rosterDate, this::build);
    }

    /** Every roster's date: which roster is in force on any body changes only on one of these. */
    private NavigableSet<LocalDate> rosterDates() {
        NavigableSet<LocalDate> dates = rosterDates;
        if (dates == null) {
            synchronized (this) {
                if (rosterDates == null) {
                    TreeSet<LocalDate> all = new TreeSet<>();
                    bodies.forEach(body -> rosters.apply(body.id()).forEach(r -> all.add(r.effective())));
                    rosterDates = Collections.unmodifiableNavigableSet(all);
                }
                dates = rosterDates;
            }
        }
        return dates;
    }

    private Map<String, List<PersonRef>> build(LocalDate rosterDate) {
        rosterBuilds.incrementAndGet();
        Map<String, List<PersonRef>> people = new HashMap<>();
        for (BodyRef body : bodies) {
            rosters.apply(body.id()).stream().filter(roster -> !roster.effective().isAfter(rosterDate)).reduce((a, b) -> b)
                    .ifPresent(roster -> people.put(body.id(), seated(body, roster)));
        }
        return Map.copyOf(people);
    }

    private static List<PersonRef> seated(BodyRef body, Roster roster) {
        List<PersonRef> people = new ArrayList<>();
        for (Seat seat : roster.seats()) {
            if (seat.member() != null && !seat.vacant()) {
                people.add(new PersonRef(seat.member(), seat.ward(), body.id(), body.name(), seat.party()));
            }
        }
        return List.copyOf(people);
    }
}
