package org.floorcross.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Comparisons between SUTime's normalized values (2024-03-28, 2024-03, 2024) and a publication date. */
final class Dates {

    private Dates() {}

    /** Whether the value names a time that ended more than {@code days} days before {@code published}. */
    static boolean before(String value, LocalDate published, int days) {
        if (value == null || published == null) {
            return false;
        }
        try {
            LocalDate end;
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                end = LocalDate.parse(value);
            } else if (value.matches("\\d{4}-\\d{2}")) {
                end = YearMonth.parse(value).atEndOfMonth();
            } else if (value.matches("\\d{4}")) {
                end = LocalDate.of(Integer.parseInt(value), 12, 31);
            } else {
                return false;
            }
            return end.plusDays(days).isBefore(published);
        } catch (DateTimeParseException | NumberFormatException e) {
            return false;
        }
    }
}
