package org.floorcross.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time expressions reporters use ("on Tuesday", "last year", "in June 2021", "earlier this month", "two years
 * ago", "previously"), read with regular expressions and placed against the publication date when it is known. Cheap
 * enough to run on every candidate sentence, so the NLP stage needs no SUTime.
 */
final class TimeExpressions {

    /** How an expression stands to the article's present. */
    enum Tense {
        /** today, this week, a weekday: the article's news. */
        NOW,
        /** last week, earlier this month, days ago: recent, still news, but not the article's own present. */
        RECENT,
        /** clearly before the article's news: last year, in 2019 (two years before publication), previously. */
        PAST,
        /** a date whose relation to the present is unknown (no publication date): "in June". */
        UNPLACED
    }

    /**
     * One expression.
     *
     * @param start offset in the sentence
     * @param end offset just past it
     * @param tense how it stands to the present
     * @param date the day or the first day of the month it names, when it can be placed, else null
     * @param precision "day" or "month" when {@code date} is set, else null
     */
    record When(int start, int end, Tense tense, LocalDate date, String precision) {}

    /** A time more than this many days before publication is not the article's news. */
    static final int NEWS_WINDOW_DAYS = 20;
    /** A time within this many days before publication is the article's present. */
    static final int PRESENT_DAYS = 7;

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NUMBER = "(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|eighteen|several|a few|a couple of)";

    private static final Pattern NOW = Pattern.compile("\\b(?:today|tonight|this (?:morning|afternoon|evening|week)"
            + "|earlier (?:today|this week)|yesterday|last night|this weekend|overnight|in recent (?:days|weeks)"
            + "|(?:on |last |this )?" + WEEKDAY + "(?: (?:morning|afternoon|evening|night))?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THIS_MONTH = Pattern.compile("\\b(?:earlier )?this month\\b|\\blast week\\b"
            + "|\\b(?:a|one|two) weeks? ago\\b|\\b(?:a few|several|\\d|two|three|four|five|six) days ago\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST = Pattern.compile("\\b(?:last (?:year|month|summer|spring|autumn|winter|May"
            + "|year's)|(?:earlier|later) (?:that|in the) (?:year|month)|the (?:previous|following) (?:year|month)"
            + "|" + NUMBER + " (?:months|years|year) ago|a (?:month|year) ago|(?:all |many |some )?(?:those |these )?"
            + "(?:years|decades) ago|previously|formerly|originally"
            + "|at the time|in the past|back in|the year before|years? earlier|months? earlier|had (?:once|already))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EARLIER_THIS_YEAR = Pattern.compile("\\b(?:earlier )?this year\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? " + MONTH
            + "(?:,? (\\d{4}))?\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in |since |from |until |by |last )?" + MONTH
            + "(?:,? (\\d{4}))?\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in |since |from |until |by |of |back in )?((?:19|20)\\d{2})\\b");

    private TimeExpressions() {}

    /** The expressions in a sentence, earliest first, none overlapping. */
    static List<When> in(String sentence, LocalDate published) {
        List<When> found = new ArrayList<>();
        days(sentence, published, found);
        months(sentence, published, found);
        years(sentence, published, found);
        relative(sentence, published, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(found);
    }

    private static void relative(String s, LocalDate published, List<When> found) {
        Matcher m = NOW.matcher(s);
        while (m.find()) {
            if (m.group(1) != null && !m.group().toLowerCase(Locale.ROOT).contains("last")) {
                add(found, m.start(), m.end(), Tense.NOW, weekday(m.group(1), published), "day");
            } else {
                add(found, m.start(), m.end(), Tense.NOW, null, null);
            }
        }
        add(found, THIS_MONTH.matcher(s), Tense.RECENT);
        add(found, PAST.matcher(s), Tense.PAST);
        Matcher year = EARLIER_THIS_YEAR.matcher(s);
        while (year.find()) {
            add(found, year.start(), year.end(), Tense.UNPLACED, null, null);
        }
    }

    private static void days(String s, LocalDate published, List<When> found) {
        Matcher m = DAY_MONTH.matcher(s);
        while (m.find()) {
            place(found, m.start(), m.end(), month(m.group(2)), m.group(3), Integer.parseInt(m.group(1)), published);
        }
        m = MONTH_DAY.matcher(s);
        while (m.find()) {
            place(found, m.start(), m.end(), month(m.group(1)), m.group(3), Integer.parseInt(m.group(2)), published);
        }
    }

    private static void months(String s, LocalDate published, List<When> found) {
        Matcher m = MONTH_YEAR.matcher(s);
        while (m.find()) {
            if (m.group(1).equals("May") && m.group(2) == null && !m.group().contains(" ")) {
                continue; // "may" the verb, capitalised at a sentence start
            }
            place(found, m.start(), m.end(), month(m.group(1)), m.group(2), 0, published);
        }
    }

    private static void years(String s, LocalDate published, List<When> found) {
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            Tense tense = published == null || year < published.getYear() ? Tense.PAST : Tense.UNPLACED;
            add(found, m.start(), m.end(), tense, null, null);
        }
    }

    /** A day or month, in the year given or (with none) the latest such on or before publication. */
    private static void place(List<When> found, int start, int end, Month month, String year, int day,
                              LocalDate published) {
        if (month == null) {
            return;
        }
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (published != null) {
            y = month.getValue() > published.getMonthValue()
                    || month.getValue() == published.getMonthValue() && day > published.getDayOfMonth()
                    ? published.getYear() - 1 : published.getYear();
        } else {
            // no publication date: a stated day is the news's own way of dating ("on 15 September"); a month alone
            // is how reports date what came before ("in January")
            add(found, start, end, day > 0 ? Tense.NOW : Tense.PAST, null, null);
            return;
        }
        YearMonth ym = YearMonth.of(y, month);
        if (day > ym.lengthOfMonth()) {
            return;
        }
        LocalDate date = day > 0 ? ym.atDay(day) : ym.atDay(1);
        LocalDate last = day > 0 ? date : ym.atEndOfMonth();
        Tense tense = published == null ? (day > 0 ? Tense.NOW : Tense.PAST)
                : last.plusDays(NEWS_WINDOW_DAYS).isBefore(published) ? Tense.PAST
                : date.isAfter(published) || last.plusDays(PRESENT_DAYS).isBefore(published) ? Tense.UNPLACED
                : Tense.NOW;
        add(found, start, end, tense, date, day > 0 ? "day" : "month");
    }

    /** The latest such weekday on or before publication (a report says "on Tuesday" of the past week). */
    private static LocalDate weekday(String name, LocalDate published) {
        if (published == null) {
            return null;
        }
        return published.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT))));
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return m;
            }
        }
        return null;
    }

    private static void add(List<When> found, Matcher m, Tense tense) {
        while (m.find()) {
            add(found, m.start(), m.end(), tense, null, null);
        }
    }

    private static void add(List<When> found, int start, int end, Tense tense, LocalDate date, String precision) {
        if (found.stream().noneMatch(w -> w.start() < end && start < w.end())) {
            found.add(new When(start, end, tense, date, precision));
        }
    }
}
