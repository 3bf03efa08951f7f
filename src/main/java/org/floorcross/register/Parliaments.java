package org.floorcross.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four parliaments and their post-election compositions. The compositions are public facts stated in
 * parliament_baselines.csv (House of Commons 4 July 2024, Scottish Parliament and Senedd 6 May 2021, Northern Ireland
 * Assembly 5 May 2022); later elections are not bundled. Seats carry counts only, so every member is null.
 */
final class Parliaments {

    static final String SPEAKER = "Speaker";

    private Parliaments() {
    }

    static List<Body> bodies() {
        return List.of(
                new Body("house-of-commons", "House of Commons", BodyKind.PARLIAMENT, "United Kingdom", null, null,
                        null, List.of("UK Parliament", "Commons", "House of Commons of the United Kingdom")),
                new Body("scottish-parliament", "Scottish Parliament", BodyKind.PARLIAMENT, "Scotland", null, null,
                        null, List.of("Holyrood", "Scottish Parliament Holyrood")),
                new Body("senedd", "Senedd Cymru", BodyKind.PARLIAMENT, "Wales", null, null, null,
                        List.of("Senedd", "Welsh Parliament", "Welsh Assembly", "National Assembly for Wales")),
                new Body("ni-assembly", "Northern Ireland Assembly", BodyKind.PARLIAMENT, "Northern Ireland", null,
                        null, null, List.of("Stormont", "NI Assembly")));
    }

    /** Each parliament's baseline rosters, keyed by body id. */
    static Map<String, List<Roster>> baselines(PartyBook parties) {
        Map<String, List<Seat>> seats = new LinkedHashMap<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        BundledCsv.forEachRow("parliament_baselines.csv", row -> {
            String key = row.get("body_id") + "|" + row.get("election_date");
            dates.put(key, LocalDate.parse(row.get("election_date")));
            String label = row.get("bloc");
            String bloc = label.equals(SPEAKER) ? SPEAKER : parties.blocFor(label, null);
            int count = Integer.parseInt(row.get("seats"));
            seats.computeIfAbsent(key, k -> new ArrayList<>())
                    .addAll(Collections.nCopies(count, new Seat(null, null, bloc, label)));
        });
        Map<String, List<Roster>> rosters = new LinkedHashMap<>();
        seats.forEach((key, list) -> {
            String bodyId = key.substring(0, key.indexOf('|'));
            rosters.computeIfAbsent(bodyId, id -> new ArrayList<>()).add(new Roster(bodyId, dates.get(key), false,
                    list, "Election result of " + dates.get(key) + " (public record, stated by floorcross)"));
        });
        return rosters;
    }
}
