package org.floorcross.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which field failed: over the gold events that were found with some fields wrong (a prediction agreeing on at least
 * two of kind, body, from and to), how often each field was wrong and what it was taken for; then the gold events
 * and predictions left without any partner.
 *
 * @param wrong per field, in the order kind, body, from, to, the near misses in which it was wrong
 * @param confusions per field, "gold -> predicted" and how often, most frequent first
 * @param missingOutright gold events with no prediction near them
 * @param extraOutright predictions with no gold event near them
 */
public record FieldConfusion(Map<String, Integer> wrong, Map<String, List<Confusion>> confusions, int missingOutright,
                             int extraOutright) {

    public FieldConfusion {
        wrong = Collections.unmodifiableMap(new LinkedHashMap<>(wrong));
        confusions = Collections.unmodifiableMap(new LinkedHashMap<>(confusions));
    }

    /** One value taken for another, and how often. */
    public record Confusion(String expected, String found, int times) {}
}
