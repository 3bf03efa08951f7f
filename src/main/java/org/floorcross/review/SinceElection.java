package org.floorcross.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.floorcross.ledger.DatePrecision;

/** "18 months after they were elected", "two years after being elected": a span reckoned from an election. */
record SinceElection(int months, String phrase) {

    private static final Pattern PHRASE = Pattern.compile(
            "\\b(\\d{1,2}|[a-z]+(?:[- ][a-z]+)?) (months?|years?) after (?:they|he|she|we|being|their|his|her)?"
                    + "\\s*(?:were|was|had been|have been)?\\s*(?:first )?(?:elected|election)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("twenty-one", 21),
            Map.entry("twenty-two", 22), Map.entry("twenty-three", 23), Map.entry("twenty-four", 24),
            Map.entry("thirty", 30), Map.entry("thirty-six", 36));

    static Optional<SinceElection> find(String text) {
        Matcher matcher = PHRASE.matcher(text);
        while (matcher.find()) {
            Integer amount = amount(matcher.group(1));
            if (amount != null) {
                boolean years = matcher.group(2).toLowerCase(Locale.ROOT).startsWith("year");
                return Optional.of(new SinceElection(years ? amount * 12 : amount, matcher.group()));
            }
        }
        return Optional.empty();
    }

    private static Integer amount(String words) {
        String key = words.toLowerCase(Locale.ROOT).replace(' ', '-');
        if (key.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(key);
        }
        if (WORDS.containsKey(key)) {
            return WORDS.get(key);
        }
        String last = key.substring(key.lastIndexOf('-') + 1);
        return WORDS.get(last);
    }

    /** Reckoned from the latest election that leaves the date no later than today. */
    Optional<EventDate> resolve(List<LocalDate> elections, LocalDate today) {
        return elections.stream()
                .map(election -> election.plusMonths(months))
                .filter(day -> !day.isAfter(today))
                .max(LocalDate::compareTo)
                .map(day -> new EventDate(day, day.minusMonths(Dating.MONTHS_EITHER_SIDE),
                        day.plusMonths(Dating.MONTHS_EITHER_SIDE), DatePrecision.APPROXIMATE,
                        "\"" + phrase + "\", reckoned from the election of " + day.minusMonths(months)));
    }
}
