package org.floorcross.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.floorcross.ledger.DatePrecision;
import org.junit.jupiter.api.Test;

class DatingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final List<LocalDate> ELECTIONS = List.of(LocalDate.of(2019, 5, 2), LocalDate.of(2023, 5, 4));

    @Test
    void aStatedDayIsTakenAsItIs() {
        EventDate date = Dating.date("2025-01-02", "day", LocalDate.of(2025, 1, 3), "", "", ELECTIONS, TODAY);
        assertThat(date.date()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aStatedMonthCoversTheWholeMonth() {
        EventDate date = Dating.date("2024-04", "month", null, "", "", ELECTIONS, TODAY);
        assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(date.earliest()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(date.latest()).isEqualTo(LocalDate.of(2024, 4, 30));
    }

    @Test
    void aWeekdayInTheEvidenceIsResolvedAgainstThePublicationDate() {
        EventDate date = Dating.date(null, null, LocalDate.of(2025, 1, 3),
                "The councillors resigned on Thursday.", "", ELECTIONS, TODAY);
        assertThat(date.date()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void aPlainPublicationDateIsApproximateAndNoLaterThanPublication() {
        EventDate date = Dating.date(null, null, LocalDate.of(2024, 4, 1), "They quit the party.", "", ELECTIONS,
                TODAY);
        assertThat(date.precision()).isEqualTo(DatePrecision.APPROXIMATE);
        assertThat(date.latest()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(date.earliest()).isBefore(LocalDate.of(2024, 4, 1));
    }

    @Test
    void monthsAfterTheElectionAreReckonedFromTheLastElection() {
        String text = "Colleagues called it a shame that they left eighteen months after they were elected.";
        EventDate date = Dating.date(null, null, null, "", text, ELECTIONS, TODAY);
        assertThat(date.date()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(date.precision()).isEqualTo(DatePrecision.APPROXIMATE);
        assertThat(date.basis()).contains("2023-05-04");
    }

    @Test
    void figuresWorkAsWellAsWords() {
        assertThat(SinceElection.find("only 18 months after being elected").orElseThrow().months()).isEqualTo(18);
        assertThat(SinceElection.find("two years after they were elected").orElseThrow().months()).isEqualTo(24);
    }

    @Test
    void withoutAnyClueTheDateIsUnknownAndSaysSo() {
        EventDate date = Dating.date(null, null, null, "They left.", "They left the party.", ELECTIONS, TODAY);
        assertThat(date.known()).isFalse();
        assertThat(date.describe()).contains("unknown");
    }

    @Test
    void theOnlyWeekdayInTheArticleDatesTheMoveWhenTheEvidenceHasNone() {
        String text = "Ten councillors have quit. Their leader announced on Sunday evening that it was untenable.";
        EventDate date = Dating.date(null, null, LocalDate.of(2023, 11, 6), "Ten councillors have quit.", text,
                ELECTIONS, TODAY);
        assertThat(date.date()).isEqualTo(LocalDate.of(2023, 11, 5));
        assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void twoWeekdaysInTheArticleAreNoClue() {
        String text = "They quit on Sunday. The council meets on Tuesday.";
        EventDate date = Dating.date(null, null, LocalDate.of(2023, 11, 6), "They quit.", text, ELECTIONS, TODAY);
        assertThat(date.precision()).isEqualTo(DatePrecision.APPROXIMATE);
    }

    @Test
    void aStatedDateAfterPublicationIsDistrustedAndTheWeekdayUsedInstead() {
        EventDate date = Dating.date("2025-01-09", "day", LocalDate.of(2025, 1, 3),
                "They announced on Thursday that they had resigned.", "", ELECTIONS, TODAY);
        assertThat(date.date()).isEqualTo(LocalDate.of(2025, 1, 2));
    }
}
