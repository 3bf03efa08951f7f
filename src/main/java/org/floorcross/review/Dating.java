package org.floorcross.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.floorcross.ledger.DatePrecision;

/**
 * Dates one claim as precisely as its article allows, in this order: a date the text states (from the extractor),
 * unless it falls after the publication date (a report cannot have seen it happen, so the stated date is taken to be
 * misread); a
 * weekday or "yesterday" in the evidence (or the only weekday the article names), resolved against the publication date
 * (DAY); the publication date itself,
 * taken as the move happening on or up to {@value #DAYS_BEFORE_PUBLICATION} days before it (APPROXIMATE); "N months
 * after they were elected", reckoned from the body's last election before today (APPROXIMATE, give or take
 * {@value #MONTHS_EITHER_SIDE} months); otherwise unknown.
 */
final class Dating {

    static final int DAYS_BEFORE_PUBLICATION = 14;
    static final int MONTHS_EITHER_SIDE = 3;

    private Dating() {
    }

    static EventDate date(String stated, String statedPrecision, LocalDate published, String evidence, String text,
                          List<LocalDate> elections, LocalDate today) {
        Optional<EventDate> fromText = stated(stated, statedPrecision)
                .filter(date -> published == null || !date.earliest().isAfter(published));
        if (fromText.isPresent()) {
            return fromText.get();
        }
        if (published != null) {
            return weekday(evidence, published).or(() -> weekday(onlyWeekday(text), published)).orElseGet(() -> new EventDate(published,
                    published.minusDays(DAYS_BEFORE_PUBLICATION), published, DatePrecision.APPROXIMATE,
                    "on or shortly before publication on " + published));
        }
        return SinceElection.find(text)
                .flatMap(since -> since.resolve(elections, today))
                .orElseGet(EventDate::unknown);
    }

    static Optional<EventDate> stated(String stated, String precision) {
        if (stated == null || stated.isBlank()) {
            return Optional.empty();
        }
        try {
            if (stated.length() == 7 || "month".equalsIgnoreCase(precision)) {
                LocalDate first = LocalDate.parse(stated.length() == 7 ? stated + "-01" : stated).withDayOfMonth(1);
                return Optional.of(new EventDate(first, first, first.plusMonths(1).minusDays(1), DatePrecision.MONTH,
                        "the month stated in the report"));
            }
            LocalDate day = LocalDate.parse(stated);
            if ("approximate".equalsIgnoreCase(precision)) {
                return Optional.of(new EventDate(day, day.minusMonths(1), day.plusMonths(1),
                        DatePrecision.APPROXIMATE, "an approximate date in the report"));
            }
            return Optional.of(EventDate.day(day, "the date stated in the report"));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The article's text when it names exactly one weekday ("on Sunday evening"), else nothing to go on. */
    private static String onlyWeekday(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        long days = java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> "on " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
                .filter(lower::contains).count();
        return days == 1 && !lower.contains("yesterday") ? text : "";
    }

    static Optional<EventDate> weekday(String evidence, LocalDate published) {
        String lower = evidence.toLowerCase(Locale.ROOT);
        if (lower.contains("yesterday")) {
            return Optional.of(EventDate.day(published.minusDays(1),
                    "\"yesterday\" in a report published on " + published));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (lower.contains("on " + name.toLowerCase(Locale.ROOT))) {
                int back = Math.floorMod(published.getDayOfWeek().getValue() - day.getValue(), 7);
                return Optional.of(EventDate.day(published.minusDays(back),
                        "\"on " + name + "\" in a report published on " + published));
            }
        }
        return Optional.empty();
    }
}
