package org.floorcross.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.floorcross.ledger.Fixtures.BODY;
import static org.floorcross.ledger.Fixtures.OTHER_SOURCE;
import static org.floorcross.ledger.Fixtures.SOURCE;
import static org.floorcross.ledger.Fixtures.day;
import static org.floorcross.ledger.Fixtures.defection;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorcross.register.Roster;
import org.floorcross.store.Store;
import org.floorcross.store.StoreConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger's behaviour on a real database; subclasses give a fresh, empty store per test (H2, PostgreSQL). */
abstract class LedgerSuite {

    static final String PARISH = "parish-of-test-upon-avon";
    private static final List<String> TABLES = List.of("events", "event_people", "event_seats", "event_sources",
            "event_flags");
    private static final Defection THREE_TO_GROUP = defection(day(3, 1),
            List.of("Milan Radulovic", "Ann Baker", "Carl Dunn"), 3, "Labour", "Independent", "Broxtowe Independents");

    private Store store;
    private Ledger ledger;

    /** A store on an empty database of its own. */
    abstract StoreConfig freshStore() throws Exception;

    @BeforeEach
    void openLedger() throws Exception {
        store = Store.open(freshStore());
        ledger = new Ledger(LedgerSuite::rosters, store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static List<Roster> rosters(String bodyId) {
        if (bodyId.equals("boom")) {
            throw new IllegalStateException("register failure for " + bodyId);
        }
        return bodyId.equals(BODY) ? List.of(Fixtures.roster()) : List.of();
    }

    @Test
    void appendsEventAndReportsCompositionBeforeAndAfter() {
        AppendResult result = ledger.append(THREE_TO_GROUP);

        assertThat(result.added()).isTrue();
        assertThat(result.event().key()).isEqualTo(THREE_TO_GROUP.key());
        assertThat(result.event().event()).isEqualTo(THREE_TO_GROUP);
        assertThat(result.before().control().majority()).isTrue();
        assertThat(result.after().seats("Broxtowe Independents")).isEqualTo(3);
        assertThat(result.after().control().kind()).isEqualTo(Control.Kind.NO_OVERALL_CONTROL);
        assertThat(result.flags()).isEmpty();
    }

    @Test
    void appendingSameEventTwiceLeavesStoreUnchanged() {
        ledger.append(THREE_TO_GROUP);
        Map<String, Long> counts = rowCounts();

        AppendResult again = ledger.append(THREE_TO_GROUP);

        assertThat(again.added()).isFalse();
        assertThat(again.sourcesAdded()).isZero();
        assertThat(rowCounts()).isEqualTo(counts);
        assertThat(ledger.composition(BODY, day(3, 1)).seats("Labour")).isEqualTo(3);
    }

    @Test
    void secondSourceForSameEventIsAddedNotASecondEvent() {
        ledger.append(THREE_TO_GROUP);

        AppendResult again = ledger.append(THREE_TO_GROUP.withSources(List.of(SOURCE, OTHER_SOURCE)));

        assertThat(again.added()).isFalse();
        assertThat(again.sourcesAdded()).isEqualTo(1);
        assertThat(ledger.events(BODY)).singleElement()
                .satisfies(e -> assertThat(e.event().sources()).containsExactly(SOURCE, OTHER_SOURCE));
        assertThat(ledger.composition(BODY, day(3, 1)).seats("Labour")).isEqualTo(3);
    }

    @Test
    void compositionAtADateUsesOnlyEventsUpToThatDate() {
        Defection later = defection(day(6, 1), List.of("Kate Lamb"), null, "Conservative", "Reform UK", null);
        ledger.appendAll(List.of(later, THREE_TO_GROUP));

        assertThat(ledger.composition(BODY, day(2, 1)).seats("Labour")).isEqualTo(6);
        assertThat(ledger.composition(BODY, day(4, 1)).seats("Reform UK")).isZero();
        Composition june = ledger.composition(BODY, day(6, 1));
        assertThat(june.seats("Reform UK")).isEqualTo(1);
        assertThat(june.seats("Labour")).isEqualTo(3);
        assertThat(june.eventsApplied()).isEqualTo(2);
    }

    @Test
    void storedBaselineGivesAParishItsComposition() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Independent", 5);
        counts.put("Green", 4);
        ledger.append(Baseline.ofCounts(PARISH, day(5, 10), DatePrecision.DAY, counts, 1, List.of(SOURCE),
                "parish clerk's figures"));
        ledger.append(new Defection(PARISH, day(7, 1), DatePrecision.MONTH, List.of(SOURCE), List.of(), 1, "Green",
                "Independent", null));

        Composition c = ledger.composition(PARISH, day(8, 1));

        assertThat(c.totalSeats()).isEqualTo(10);
        assertThat(c.vacancies()).isEqualTo(1);
        assertThat(c.seats("Independent")).isEqualTo(6);
        assertThat(c.control().bloc()).isEqualTo("Green");
        assertThat(c.control().majority()).isFalse();
        assertThat(c.baselineSource()).isEqualTo("parish clerk's figures");
    }

    @Test
    void conflictsAreKeptFlaggedAndStored() {
        Defection withIqbal = defection(day(3, 1), List.of("Milan Radulovic", "Mohammed Iqbal", "Zed Unknown"), null,
                "Labour", "Independent", null);

        AppendResult result = ledger.append(withIqbal);

        assertThat(result.added()).isTrue();
        assertThat(result.flags()).extracting(Flag::reason)
                .containsExactly(Flag.Reason.ALREADY_IN_TARGET_BLOC, Flag.Reason.PERSON_NOT_ON_BODY);
        assertThat(result.after().seats("Independent")).isEqualTo(3);
        assertThat(rowCounts().get("event_flags")).isEqualTo(2);
        assertThat(ledger.events(BODY)).hasSize(1);
    }

    @Test
    void appendAllRollsBackEverythingWhenOneEventFails() {
        Defection onBoom = new Defection("boom", day(3, 1), DatePrecision.DAY, List.of(SOURCE), List.of(), 1,
                "Labour", "Green", null);

        assertThatThrownBy(() -> ledger.appendAll(List.of(THREE_TO_GROUP, onBoom)))
                .hasMessageContaining("register failure for boom");

        assertThat(rowCounts()).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
    }

    @Test
    void appendAllRollsBackWhenTheDatabaseRejectsARow() {
        Defection tooLong = defection(day(4, 1), List.of("Ian Jones"), null, "Labour", "x".repeat(500), null);

        assertThatThrownBy(() -> ledger.appendAll(List.of(THREE_TO_GROUP, tooLong))).isInstanceOf(Exception.class);

        assertThat(rowCounts()).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(ledger.composition(BODY, day(5, 1)).seats("Labour")).isEqualTo(6);
    }

    @Test
    void historyListsBaselinesAndEventsOldestFirstWithTheirChanges() {
        Defection later = defection(day(6, 1), List.of("Kate Lamb"), null, "Conservative", "Reform UK", null);
        ledger.appendAll(List.of(later, THREE_TO_GROUP));

        List<HistoryEntry> history = ledger.history(BODY);

        assertThat(history).extracting(h -> h.event().kind()).containsExactly("baseline", "defection", "defection");
        assertThat(history.get(0).bundled()).isTrue();
        assertThat(history.get(1).event()).isEqualTo(THREE_TO_GROUP);
        assertThat(history.get(1).changes()).contains(new BlocChange("Labour", 6, 3));
        assertThat(history.get(2).changes()).containsExactlyInAnyOrder(new BlocChange("Conservative", 3, 2),
                new BlocChange("Reform UK", 0, 1));
    }

    @Test
    void diffShowsBlocChangesControlAndTheEventsBetween() {
        ledger.append(THREE_TO_GROUP);

        CompositionDiff diff = ledger.diff(BODY, day(1, 1), day(12, 31));

        assertThat(diff.changes()).contains(new BlocChange("Labour", 6, 3),
                new BlocChange("Broxtowe Independents", 0, 3));
        assertThat(diff.controlBefore().majority()).isTrue();
        assertThat(diff.controlAfter().majority()).isFalse();
        assertThat(diff.controlChanged()).isTrue();
        assertThat(diff.events()).containsExactly(THREE_TO_GROUP);
    }

    @Test
    void everyKindOfEventReadsBackAsWritten() {
        List<Event> events = List.of(THREE_TO_GROUP,
                new Suspension(BODY, day(4, 1), DatePrecision.APPROXIMATE, List.of(SOURCE), List.of("Kate Lamb"), 2,
                        "Conservative"),
                new Reinstatement(BODY, day(5, 1), DatePrecision.UNKNOWN, List.of(OTHER_SOURCE),
                        List.of("Kate Lamb"), null, "Conservative"),
                new Vacancy(BODY, day(6, 1), DatePrecision.DAY, List.of(), "Olive Pratt", "Ward O"),
                new ByElection(BODY, day(7, 1), DatePrecision.DAY, List.of(SOURCE), "Ward O", "Sam Tate", "Green"),
                Baseline.of(Fixtures.roster()).withSources(List.of(SOURCE)));

        ledger.appendAll(events);

        assertThat(ledger.events(BODY)).extracting(RecordedEvent::event).containsExactlyElementsOf(events);
        assertThat(ledger.findEvent(events.get(3).key())).map(RecordedEvent::event).contains(events.get(3));
    }

    @Test
    void recentEventsComeNewestFirstAcrossBodies() {
        Defection parishMove = new Defection(PARISH, day(1, 5), DatePrecision.DAY, List.of(SOURCE),
                List.of("Pat Quill"), null, null, "Green", null);
        ledger.append(THREE_TO_GROUP);
        ledger.append(parishMove);

        assertThat(ledger.recentEvents(10)).extracting(RecordedEvent::event).containsExactly(parishMove,
                THREE_TO_GROUP);
        assertThat(ledger.recentEvents(1)).hasSize(1);
    }

    @Test
    void reopeningTheStoreKeepsEventsAndMigratesOnce() {
        ledger.append(THREE_TO_GROUP);

        store.close();
        store = Store.open(store.config());
        Ledger reopened = new Ledger(LedgerSuite::rosters, store);

        assertThat(reopened.events(BODY)).hasSize(1);
        assertThat(reopened.composition(BODY, LocalDate.of(2025, 1, 1)).seats("Labour")).isEqualTo(3);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        store.withHandle(h -> {
            TABLES.forEach(t -> counts.put(t, h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one()));
            return null;
        });
        return counts;
    }
}
