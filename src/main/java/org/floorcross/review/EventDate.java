package org.floorcross.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.floorcross.ledger.DatePrecision;

/**
 * When a move happened, as far as the reports say: a best date, the range it may fall in, how precise it is and why.
 *
 * @param date the best single date; null when unknown
 * @param earliest the first day it may have happened; null when unknown
 * @param latest the last day it may have happened; null when unknown
 * @param precision DAY when a report states the day, MONTH for a stated month, APPROXIMATE for a publication date or
 *                  a date reckoned from an election, UNKNOWN when nothing dates it
 * @param basis in words, where the date comes from
 */
public record EventDate(LocalDate date, LocalDate earliest, LocalDate latest, DatePrecision precision, String basis) {

    public EventDate {
        if (precision == null || basis == null) {
            throw new IllegalArgumentException("a date needs a precision and a basis, got " + precision + ", " + basis);
        }
        if ((date == null) != (precision == DatePrecision.UNKNOWN)) {
            throw new IllegalArgumentException("date " + date + " does not fit precision " + precision);
        }
        if (date != null && (earliest == null || latest == null || date.isBefore(earliest) || date.isAfter(latest))) {
            throw new IllegalArgumentException("date " + date + " is not within " + earliest + " to " + latest);
        }
    }

    public static EventDate unknown() {
        return new EventDate(null, null, null, DatePrecision.UNKNOWN, "no report dates it");
    }

    public static EventDate day(LocalDate day, String basis) {
        return new EventDate(day, day, day, DatePrecision.DAY, basis);
    }

    public boolean known() {
        return date != null;
    }

    /** How many days wide the range is: smaller is more precise. */
    long width() {
        return known() ? ChronoUnit.DAYS.between(earliest, latest) : Long.MAX_VALUE;
    }

    /** Days between the two ranges (0 when they overlap); 0 when either is unknown. */
    long gapTo(EventDate other) {
        if (!known() || !other.known()) {
            return 0;
        }
        if (latest.isBefore(other.earliest)) {
            return ChronoUnit.DAYS.between(latest, other.earliest);
        }
        if (other.latest.isBefore(earliest)) {
            return ChronoUnit.DAYS.between(other.latest, earliest);
        }
        return 0;
    }

    /** The date as a reader sees it: "2025-01-02 (day; stated in the report)" or "unknown (no report dates it)". */
    public String describe() {
        if (!known()) {
            return "date unknown (" + basis + ")";
        }
        return date + " (" + precision.name().toLowerCase(java.util.Locale.ROOT) + ": " + basis + ")";
    }
}
