package org.floorcross.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which bodies a person's name appears on in any roster, built once on first use (it reads every roster year), then
 * answered against the latest roster of each of those bodies at or before the date asked.
 */
final class MemberIndex {

    private final Map<String, Set<String>> bodiesByKey = new HashMap<>();

    MemberIndex(RosterFiles rosterFiles) {
        for (int year : RosterFiles.YEARS) {
            rosterFiles.year(year).forEach((bodyId, roster) -> {
                for (Seat seat : roster.seats()) {
                    String key = PersonName.of(seat.member()).key();
                    if (key != null) {
                        bodiesByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(bodyId);
                    }
                }
            });
        }
    }

    List<Membership> find(String personName, LocalDate at, Function<String, List<Roster>> rosters,
                          Function<String, Body> bodies) {
        PersonName wanted = PersonName.of(personName);
        String key = wanted.key();
        if (key == null) {
            return List.of();
        }
        List<Membership> found = new ArrayList<>();
        for (String bodyId : bodiesByKey.getOrDefault(key, Set.of())) {
            Roster roster = latest(rosters.apply(bodyId), at);
            if (roster == null) {
                continue;
            }
            for (Seat seat : roster.seats()) {
                if (wanted.sameAs(PersonName.of(seat.member()))) {
                    found.add(new Membership(bodies.apply(bodyId), seat, roster));
                }
            }
        }
        found.sort(Comparator.comparing((Membership m) -> m.body().name()));
        return List.copyOf(found);
    }

    private static Roster latest(List<Roster> rosters, LocalDate at) {
        Roster latest = null;
        for (Roster roster : rosters) {
            if (at == null || !roster.effective().isAfter(at)) {
                latest = roster;
            }
        }
        return latest;
    }
}
