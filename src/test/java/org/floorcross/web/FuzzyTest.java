package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FuzzyTest {

    @Test
    void forgivesOneTypingErrorInAWord() {
        assertThat(Fuzzy.score("Broxtwoe", "Broxtowe Borough Council")).isPositive();
        assertThat(Fuzzy.score("pendel council", "Pendle Borough Council")).isPositive();
    }

    @Test
    void matchesPrefixesAndInitials() {
        assertThat(Fuzzy.score("brox", "Broxtowe Borough Council")).isPositive();
        assertThat(Fuzzy.score("BBC", "Broxtowe Borough Council")).isPositive();
    }

    @Test
    void ranksAnExactNameAboveAPartialOne() {
        assertThat(Fuzzy.score("Pendle", "Pendle")).isGreaterThan(Fuzzy.score("Pendle", "Pendle Borough Council"));
    }

    @Test
    void rejectsUnrelatedNamesAndShortTypos() {
        assertThat(Fuzzy.score("Hastings", "Broxtowe Borough Council")).isZero();
        assertThat(Fuzzy.score("lab", "Lib Dems")).isZero();
    }

    @Test
    void ignoresAccentsCaseAndPunctuation() {
        assertThat(Fuzzy.score("sinn fein", "Sinn Féin")).isEqualTo(100);
        assertThat(Fuzzy.score("ST. HELENS", "St Helens")).isEqualTo(100);
    }

    @Test
    void searchFindsBodiesPeopleAndPartiesByAlias() {
        Search.Results results = new Search(DemoFixture.records()).find("Radulovik", LocalDate.of(2025, 6, 1), 5);
        assertThat(results.people()).extracting(Records.PersonRef::name).containsExactly("Milan Radulovic");
        assertThat(new Search(DemoFixture.records()).find("Tories", LocalDate.of(2025, 6, 1), 5).parties())
                .extracting(Records.PartyRef::name).startsWith("Conservative");
        assertThat(new Search(DemoFixture.records()).find("broxtowe", LocalDate.of(2025, 6, 1), 5).bodies())
                .extracting(Records.BodyRef::id).containsExactly(DemoFixture.BROXTOWE);
    }
}
