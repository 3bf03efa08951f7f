package org.floorcross.review;

import java.time.LocalDate;
import java.util.List;
import org.floorcross.extract.Evidence;
import org.floorcross.ledger.DatePrecision;

/** Claims for tests, built without a database. */
final class Fixtures {

    private Fixtures() {
    }

    static Claim claim(String article, String body, Integer count, List<String> people, EventDate date,
                       double confidence) {
        return new Claim(0, "hash-" + article, article, 0, 0,
                new Move("defection", "E07000172", body, "Labour", "Independent"), null, count, people, date,
                confidence, List.of(new Evidence(0, 10)));
    }

    static EventDate day(String iso) {
        return EventDate.day(LocalDate.parse(iso), "stated");
    }

    static EventDate around(String iso, int monthsEitherSide) {
        LocalDate day = LocalDate.parse(iso);
        return new EventDate(day, day.minusMonths(monthsEitherSide), day.plusMonths(monthsEitherSide),
                DatePrecision.APPROXIMATE, "reckoned");
    }
}
