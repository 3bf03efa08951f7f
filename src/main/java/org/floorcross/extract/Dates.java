package org.floorcross.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Comparisons between SUTime's normalized values (2024-03-28, 2024-03, 2024) and a publication date. */
final class Dates {

    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile("(?i)(?:on |last )?"
            + "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?");

    private Dates() {}

    /**
     * A bare weekday ("on Thursday") in a report is the latest such day on or before publication; SUTime sometimes
     * resolves it to the week after, so a day after publication is moved back a week.
     */
    static String pastWeekday(String text, String value, LocalDate published) {
        if (value == null || published == null || !WEEKDAY.matcher(text.strip()).matches()
                || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return value;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            while (day.isAfter(published)) {
                day = day.minusWeeks(1);
            }
            return day.toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }

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
