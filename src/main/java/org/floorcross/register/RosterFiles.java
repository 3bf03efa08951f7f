package org.floorcross.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Open Council Data UK's yearly councillor rosters (2016 to 2025), read lazily: a year file is parsed and indexed by
 * body the first time any roster of that year is asked for, then kept. Thread-safe.
 *
 * <p>The year-N file is the roster as it stood after N's May elections, published early in N+1 and including later
 * by-elections and defections, so it is dated to N's May local-election day and marked approximate. No local
 * elections were held in 2020 (postponed by the pandemic); that file is dated to the day they would have been held.
 */
final class RosterFiles {

    static final Map<Integer, LocalDate> ELECTION_DAYS = Map.of(
            2016, LocalDate.of(2016, 5, 5), 2017, LocalDate.of(2017, 5, 4), 2018, LocalDate.of(2018, 5, 3),
            2019, LocalDate.of(2019, 5, 2), 2020, LocalDate.of(2020, 5, 7), 2021, LocalDate.of(2021, 5, 6),
            2022, LocalDate.of(2022, 5, 5), 2023, LocalDate.of(2023, 5, 4), 2024, LocalDate.of(2024, 5, 2),
            2025, LocalDate.of(2025, 5, 1));
    static final List<Integer> YEARS = ELECTION_DAYS.keySet().stream().sorted().toList();

    private final PartyBook parties;
    private final Map<String, String> gssByYearAndCouncil = new HashMap<>();
    private final Map<Integer, Map<String, Roster>> byYear = new ConcurrentHashMap<>();

    RosterFiles(PartyBook parties) {
        this.parties = parties;
        BundledCsv.forEachRow("ocd_council_crosswalk.csv", row -> gssByYearAndCouncil.put(
                row.get("year") + "|" + row.get("ocd_council_name"), row.get("gss_code")));
    }

    /** The body's rosters, oldest first. */
    List<Roster> rostersOf(String bodyId) {
        List<Roster> rosters = new ArrayList<>();
        for (int year : YEARS) {
            Roster roster = year(year).get(bodyId);
            if (roster != null) {
                rosters.add(roster);
            }
        }
        return rosters;
    }

    /** Every roster of one year, keyed by body id. */
    Map<String, Roster> year(int year) {
        return byYear.computeIfAbsent(year, this::readYear);
    }

    private Map<String, Roster> readYear(int year) {
        Map<String, List<Seat>> seats = new LinkedHashMap<>();
        BundledCsv.forEachRow("councillors_" + year + ".csv", row -> {
            String gss = gssByYearAndCouncil.get(year + "|" + row.get("Council"));
            if (gss == null) {
                throw new IllegalStateException("council " + row.get("Council") + " of " + year
                        + " has no entry in ocd_council_crosswalk.csv");
            }
            String label = BundledCsv.value(row, "Party Name");
            seats.computeIfAbsent(gss, g -> new ArrayList<>()).add(new Seat(BundledCsv.value(row, "Councillor Name"),
                    BundledCsv.value(row, "Ward Name"),
                    parties.blocFor(label, BundledCsv.value(row, "Electoral Commission Party Code")), label));
        });
        String source = "Open Council Data UK (opencouncildata.co.uk), councillors " + year + ", CC BY-SA 4.0";
        Map<String, Roster> rosters = new HashMap<>();
        seats.forEach((gss, list) -> rosters.put(gss,
                new Roster(gss, ELECTION_DAYS.get(year), true, list, source)));
        return Map.copyOf(rosters);
    }
}
