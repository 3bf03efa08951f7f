package org.floorcross.eval;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Running totals while articles are scored one by one. */
final class Tally {

    int eventsMatched;
    int eventsPredicted;
    int eventsExpected;
    int countsCorrect;
    int countsJudged;
    int peopleMatched;
    int peoplePredicted;
    int peopleExpected;
    int relevanceCorrect;
    int relevanceJudged;
    int negativesClean;
    int negatives;
    int missingOutright;
    int extraOutright;
    /** Per field, in the order kind, body, from, to: "gold -> predicted" and how often. */
    private final Map<String, Map<String, Integer>> confusions = new TreeMap<>(
            Comparator.comparingInt(List.of("kind", "body", "from", "to")::indexOf));

    /** One near miss in which {@code field} was {@code found} where gold has {@code expected}. */
    void confuse(String field, String expected, String found) {
        confusions.computeIfAbsent(field, f -> new LinkedHashMap<>())
                .merge(show(expected) + " -> " + show(found), 1, Integer::sum);
    }

    FieldConfusion fields() {
        Map<String, Integer> wrong = new LinkedHashMap<>();
        Map<String, List<FieldConfusion.Confusion>> values = new LinkedHashMap<>();
        confusions.forEach((field, pairs) -> {
            wrong.put(field, pairs.values().stream().mapToInt(Integer::intValue).sum());
            values.put(field, pairs.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> {
                        String[] sides = e.getKey().split(" -> ", 2);
                        return new FieldConfusion.Confusion(sides[0], sides[1], e.getValue());
                    }).toList());
        });
        return new FieldConfusion(wrong, values, missingOutright, extraOutright);
    }

    private static String show(String value) {
        return value == null ? "(none)" : value;
    }

    Score events() {
        return new Score(eventsMatched, eventsPredicted, eventsExpected);
    }

    Ratio counts() {
        return new Ratio(countsCorrect, countsJudged);
    }

    Score people() {
        return new Score(peopleMatched, peoplePredicted, peopleExpected);
    }

    Ratio relevance() {
        return new Ratio(relevanceCorrect, relevanceJudged);
    }

    Ratio cleanNegatives() {
        return new Ratio(negativesClean, negatives);
    }
}
