package org.floorcross.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.floorcross.register.Roster;
import org.floorcross.register.Seat;

/**
 * A body's election dates, read from its roster baselines: a roster in which at least {@value #TURNOVER} of the seats
 * have new members follows an election, taken to be that year's ordinary polling day (the first Thursday in May).
 * Rosters are yearly files, not dated snapshots, so this is as precise as they allow.
 */
final class Elections {

    static final double TURNOVER = 0.3;

    private Elections() {
    }

    static List<LocalDate> of(List<Roster> rosters) {
        List<LocalDate> elections = new ArrayList<>();
        for (int i = 1; i < rosters.size(); i++) {
            Roster before = rosters.get(i - 1);
            Roster after = rosters.get(i);
            if (after.totalSeats() > 0 && turnover(before, after) >= TURNOVER) {
                elections.add(pollingDay(after.effective().getYear()));
            }
        }
        return List.copyOf(elections);
    }

    static LocalDate pollingDay(int year) {
        return LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
    }

    private static double turnover(Roster before, Roster after) {
        Set<String> previous = members(before);
        long fresh = after.seats().stream()
                .map(Seat::member)
                .filter(Objects::nonNull)
                .map(Elections::key)
                .filter(name -> !previous.contains(name))
                .count();
        return (double) fresh / after.totalSeats();
    }

    private static Set<String> members(Roster roster) {
        return roster.seats().stream().map(Seat::member).filter(Objects::nonNull).map(Elections::key)
                .collect(Collectors.toSet());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
