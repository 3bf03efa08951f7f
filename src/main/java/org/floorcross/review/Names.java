package org.floorcross.review;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Compares people's names as reporters write them: blind to case, accents, punctuation and spacing. */
final class Names {

    private Names() {
    }

    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replaceAll("\\s+", " ").strip();
    }

    /** Every name once, in the order first met, spelt as first met. */
    static List<String> union(Collection<? extends Collection<String>> lists) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (Collection<String> list : lists) {
            for (String name : list) {
                byKey.putIfAbsent(key(name), name);
            }
        }
        return List.copyOf(byKey.values());
    }

    static long overlap(Collection<String> a, Collection<String> b) {
        List<String> keys = b.stream().map(Names::key).toList();
        return a.stream().map(Names::key).distinct().filter(keys::contains).count();
    }
}
