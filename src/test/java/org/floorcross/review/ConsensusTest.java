package org.floorcross.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.floorcross.review.Fixtures.around;
import static org.floorcross.review.Fixtures.claim;
import static org.floorcross.review.Fixtures.day;

import java.util.List;
import java.util.Map;
import org.floorcross.ledger.DatePrecision;
import org.junit.jupiter.api.Test;

class ConsensusTest {

    private static final EventRow ROW = new EventRow(1,
            new Move("defection", "E07000172", "Broxtowe Borough Council", "Labour", "Independent"), Status.PENDING,
            null, null);

    @Test
    void theMostPreciseDateWinsAndUndatedReportsTakeIt() {
        List<Claim> claims = List.of(
                claim("seed", "Broxtowe Borough Council", 20, List.of("Milan Radulovic"), around("2024-11-04", 3), .9),
                claim("undated", "Broxtowe Borough Council", 20, List.of(), EventDate.unknown(), .9),
                claim("dated", "Broxtowe Borough Council", 20, List.of(), day("2025-01-02"), .9));
        ProposedEvent event = Consensus.of(ROW, claims, Map.of());
        assertThat(event.date().date()).hasToString("2025-01-02");
        assertThat(event.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(event.date().basis()).contains("dated");
        assertThat(event.conflicts()).isEmpty();
        assertThat(event.reports()).hasSize(3);
    }

    @Test
    void disagreeingCountsAreKeptWithTheirSourcesAndTheBestSupportedShown() {
        List<Claim> claims = List.of(
                claim("a", "Broxtowe Borough Council", 20, List.of(), day("2025-01-02"), .9),
                claim("b", "Broxtowe Borough Council", 19, List.of(), day("2025-01-02"), .95),
                claim("c", "Broxtowe Borough Council", 20, List.of(), day("2025-01-02"), .8));
        ProposedEvent event = Consensus.of(ROW, claims, Map.of());
        assertThat(event.count()).isEqualTo(20);
        assertThat(event.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.field()).isEqualTo("count");
            assertThat(conflict.values().get(0).articleIds()).containsExactly("a", "c");
            assertThat(conflict.values().get(1).value()).isEqualTo("19");
        });
    }

    @Test
    void twoDifferentDaysAreADateConflict() {
        List<Claim> claims = List.of(
                claim("a", "Broxtowe Borough Council", 20, List.of(), day("2025-01-02"), .9),
                claim("b", "Broxtowe Borough Council", 20, List.of(), day("2025-01-03"), .9));
        assertThat(Consensus.of(ROW, claims, Map.of()).conflicts()).extracting(Conflict::field).containsExactly("date");
    }

    @Test
    void independentReportsRaiseSupport() {
        List<Claim> claims = List.of(
                claim("a", "Broxtowe Borough Council", 20, List.of(), day("2025-01-02"), .6),
                claim("b", "Broxtowe Borough Council", 20, List.of(), day("2025-01-02"), .6));
        assertThat(Consensus.support(claims)).isCloseTo(0.84, within(1e-9));
    }

    @Test
    void anEditorsCorrectionOverridesTheReports() {
        EventRow edited = new EventRow(1, ROW.move(), Status.PENDING,
                new Edit(19, null, "Reform UK", null, null, null), null);
        ProposedEvent event = Consensus.of(edited,
                List.of(claim("a", "Broxtowe Borough Council", 20, List.of(), day("2025-01-02"), .9)), Map.of());
        assertThat(event.count()).isEqualTo(19);
        assertThat(event.to()).isEqualTo("Reform UK");
    }

    @Test
    void aCountThatOnlyRepeatsTheNamesGivesWayToAStatedCount() {
        List<Claim> claims = List.of(
                claim("a", "Broxtowe Borough Council", 1, List.of("Milan Radulovic"), day("2025-01-02"), .99),
                claim("b", "Broxtowe Borough Council", 20, List.of("Milan Radulovic"), day("2025-01-02"), .7));
        ProposedEvent event = Consensus.of(ROW, claims, Map.of());
        assertThat(event.count()).isEqualTo(20);
        assertThat(event.conflicts()).isEmpty();
    }
}
