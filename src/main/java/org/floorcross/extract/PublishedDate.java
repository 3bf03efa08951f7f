package org.floorcross.extract;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A publication date the text states explicitly near its start ("12 November 2024", "November 12, 2024"). */
final class PublishedDate {

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTHS
            + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?,"
            + " (\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(?:Published|Updated|Posted|Date)\\b[^\\n]{0,20}?"
            + "(\\d{4})-(\\d{2})-(\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final int HEAD = 400;

    private PublishedDate() {}

    static Optional<LocalDate> stated(String text) {
        String head = text.substring(0, Math.min(HEAD, text.length()));
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(head);
            if (m.find()) {
                return Optional.of(date(m.group(3), m.group(2), m.group(1)));
            }
            m = MONTH_DAY_YEAR.matcher(head);
            if (m.find()) {
                return Optional.of(date(m.group(3), m.group(1), m.group(2)));
            }
            m = ISO.matcher(head);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Month.valueOf(month.toUpperCase(Locale.ROOT)),
                Integer.parseInt(day));
    }
}
