package org.floorcross.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The bodies whose names look most like a query that matched nothing (character-bigram similarity). */
final class BodySuggestions {

    private record Named(Body body, String key) {}

    private record Scored(Body body, double score) {}

    private final List<Named> names = new ArrayList<>();

    BodySuggestions(List<Body> bodies) {
        for (Body body : bodies) {
            names.add(new Named(body, NameKeys.core(body.name())));
        }
    }

    List<Body> closest(String query, int limit) {
        Set<String> wanted = bigrams(NameKeys.core(query));
        if (wanted.isEmpty()) {
            return List.of();
        }
        return names.stream()
                .map(named -> new Scored(named.body(), dice(wanted, bigrams(named.key()))))
                .filter(scored -> scored.score() > 0.3)
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(scored -> scored.body().end() != null)
                        .thenComparing(scored -> scored.body().kind() == BodyKind.TOWN_OR_PARISH))
                .limit(limit)
                .map(Scored::body)
                .toList();
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String gram : a) {
            if (b.contains(gram)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        String padded = " " + text + " ";
        for (int i = 0; i + 2 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 2));
        }
        return grams;
    }
}
