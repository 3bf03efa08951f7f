package org.floorcross.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorcross.review.Fixtures.around;
import static org.floorcross.review.Fixtures.claim;
import static org.floorcross.review.Fixtures.day;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorroborationTest {

    private final Corroboration corroboration = new Corroboration(45);

    @Test
    void reportsNamingTheSamePersonWithinTheWindowAreOneEvent() {
        Claim first = claim("a", "Broxtowe Borough Council", 20, List.of("Milan Radulovic"), day("2025-01-02"), 0.9);
        Claim second = claim("b", "Broxtowe Borough Council", 20, List.of("Cllr Milan Radulović"),
                day("2025-01-20"), 0.9);
        assertThat(corroboration.match(second, List.of(new Corroboration.Candidate(7, List.of(first)))))
                .contains(7L);
    }

    @Test
    void anUndatedReportMatchesADatedOne() {
        Claim dated = claim("a", "Broxtowe Borough Council", 20, List.of(), day("2025-01-02"), 0.9);
        Claim undated = claim("b", "Broxtowe Borough Council", 20, List.of(), EventDate.unknown(), 0.9);
        assertThat(corroboration.fits(undated, List.of(dated))).isTrue();
    }

    @Test
    void anApproximateDateMatchesWithinItsRange() {
        Claim reckoned = claim("a", "Broxtowe Borough Council", 20, List.of(), around("2024-11-04", 3), 0.9);
        Claim dated = claim("b", "Broxtowe Borough Council", 20, List.of(), day("2025-01-02"), 0.9);
        assertThat(corroboration.fits(dated, List.of(reckoned))).isTrue();
    }

    @Test
    void reportsMonthsApartAreDifferentMoves() {
        Claim spring = claim("a", "Broxtowe Borough Council", 2, List.of(), day("2024-03-01"), 0.9);
        Claim autumn = claim("b", "Broxtowe Borough Council", 2, List.of(), day("2024-10-01"), 0.9);
        assertThat(corroboration.fits(autumn, List.of(spring))).isFalse();
    }

    @Test
    void differentPeopleNamedAreDifferentMoves() {
        Claim one = claim("a", "Hastings Borough Council", 1, List.of("Ann Smith"), day("2024-03-01"), 0.9);
        Claim other = claim("b", "Hastings Borough Council", 1, List.of("Bob Jones"), day("2024-03-02"), 0.9);
        assertThat(corroboration.fits(other, List.of(one))).isFalse();
    }

    @Test
    void countsThatDifferALittleStillCorroborateButFarApartDoNot() {
        Claim twenty = claim("a", "Broxtowe Borough Council", 20, List.of(), day("2025-01-02"), 0.9);
        assertThat(corroboration.fits(claim("b", "Broxtowe Borough Council", 19, List.of(), day("2025-01-02"), 0.9),
                List.of(twenty))).isTrue();
        assertThat(corroboration.fits(claim("c", "Broxtowe Borough Council", 3, List.of(), day("2025-01-02"), 0.9),
                List.of(twenty))).isFalse();
    }

    @Test
    void anotherBodyIsAnotherEvent() {
        Claim pendle = claim("a", "Pendle Borough Council", null, List.of(), day("2024-04-01"), 0.9);
        Claim nelson = new Claim(0, "h", "a", 1, 0,
                new Move("defection", "E04005233", "Nelson Town Council", "Labour", "Independent"), null, null,
                List.of(), day("2024-04-01"), 0.9, List.of());
        assertThat(corroboration.fits(nelson, List.of(pendle))).isFalse();
    }
}
