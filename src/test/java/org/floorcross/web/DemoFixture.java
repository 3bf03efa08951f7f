package org.floorcross.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.floorcross.web.Desk.ClaimView;
import org.floorcross.web.FakeRecords.Seat;
import org.floorcross.web.Records.BodyRef;
import org.floorcross.web.Records.EventDetail;
import org.floorcross.web.Records.EventView;
import org.floorcross.web.Records.HistoryEntry;
import org.floorcross.web.Records.SourceRef;
import org.floorcross.web.Records.SourceText;
import org.floorcross.web.Records.Span;

/** The demo's Broxtowe and Pendle events (real facts, made-up sentences) and a body whose name is a script tag. */
final class DemoFixture {

    static final String BROXTOWE = "E07000172";
    static final String PENDLE = "E07000122";
    static final String HOSTILE = "E99999999";
    static final String BROXTOWE_EVENT = "broxtowe-2025-01-02";
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String EDITOR = "editor";
    static final String PASSWORD = "correct horse battery staple";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    private DemoFixture() {
    }

    static FakeRecords records() {
        FakeRecords records = new FakeRecords();
        records.body(new BodyRef(BROXTOWE, "Broxtowe Borough Council", "DISTRICT", "England",
                List.of("Broxtowe"), LocalDate.of(1974, 4, 1), null), LocalDate.of(2023, 5, 4), broxtowe());
        records.body(new BodyRef(PENDLE, "Pendle Borough Council", "DISTRICT", "England", List.of("Pendle"),
                LocalDate.of(1974, 4, 1), null), LocalDate.of(2023, 5, 4), pendle());
        records.body(new BodyRef(HOSTILE, "Nowhere " + SCRIPT + " Council", "DISTRICT", "England", List.of(),
                null, null), LocalDate.of(2023, 5, 4), List.of(new Seat("Eve " + SCRIPT, "Ward <b>", "Labour")));
        String text = "Twenty Labour councillors on Broxtowe Borough Council, among them council leader Milan "
                + "Radulovic, have left the party. They now sit as Broxtowe Independents.";
        records.event(new EventDetail(new EventView(BROXTOWE_EVENT, "defection", BROXTOWE,
                "Broxtowe Borough Council", LocalDate.of(2025, 1, 2), "DAY", "Labour", "Independent",
                "Broxtowe Independents", 20, List.of("Milan Radulovic"),
                List.of(new SourceRef("broxtowe-dated", "https://news.example/broxtowe", "Broxtowe leader quits Labour",
                        LocalDate.of(2025, 1, 3)), new SourceRef("broxtowe-undated", null, null, null)), false, null),
                List.of(new SourceText(new SourceRef("broxtowe-dated", "https://news.example/broxtowe",
                        "Broxtowe leader quits Labour", LocalDate.of(2025, 1, 3)), text,
                        List.of(new Span(0, text.indexOf('.') + 1))),
                        new SourceText(new SourceRef("broxtowe-undated", null, null, null), text + " " + SCRIPT,
                                List.of(new Span(text.length() + 1, text.length() + 1 + SCRIPT.length())))),
                List.of(new HistoryEntry(Instant.parse("2025-01-03T09:00:00Z"), "floorcross", "accepted",
                        "confidence 0.93 above threshold 0.85"))));
        records.event(new EventDetail(new EventView("pendle-2024-04-01", "defection", PENDLE,
                "Pendle Borough Council", LocalDate.of(2024, 4, 1), "DAY", "Labour", "Independent", null, null,
                List.of("Asjad Mahmood", "Yvonne Tennant"), List.of(new SourceRef("pendle", null,
                        "Pendle councillors quit Labour", LocalDate.of(2024, 4, 1))), false, null),
                List.of(), List.of()));
        records.claim(new ClaimView("claim-1", "defection", HOSTILE, "Nowhere " + SCRIPT + " Council", "Labour",
                "Independent", null, 1, List.of("Eve " + SCRIPT), LocalDate.of(2025, 2, 1), "DAY", 0.5,
                List.of(new SourceText(new SourceRef("hostile", null, "A <i>headline</i>", null),
                        "Eve " + SCRIPT + " left Labour.", List.of(new Span(0, 10)))), "pending"));
        return records;
    }

    static WebConfig config() {
        return new WebConfig(0, List.of(EDITOR + ":" + Editors.hash(PASSWORD.toCharArray(), 1_000)));
    }

    private static List<Seat> broxtowe() {
        List<Seat> seats = new ArrayList<>();
        seats.add(new Seat("Milan Radulovic", "Eastwood Hall", "Labour"));
        add(seats, "Labour", 25);
        add(seats, "Conservative", 10);
        add(seats, "Liberal Democrats", 5);
        add(seats, "Independent", 3);
        return seats;
    }

    private static List<Seat> pendle() {
        List<Seat> seats = new ArrayList<>();
        seats.add(new Seat("Asjad Mahmood", "Bradley", "Labour"));
        seats.add(new Seat("Yvonne Tennant", "Vivary Bridge", "Labour"));
        seats.add(new Seat("Mohammed Iqbal", "Bradley", "Independent"));
        add(seats, "Labour", 7);
        add(seats, "Conservative", 14);
        add(seats, "Liberal Democrats", 6);
        add(seats, "Independent", 3);
        return seats;
    }

    private static void add(List<Seat> seats, String bloc, int count) {
        for (int i = 1; i <= count; i++) {
            seats.add(new Seat(bloc + " Councillor " + i, "Ward " + i, bloc));
        }
    }
}
