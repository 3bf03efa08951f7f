package org.floorcross.review;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Compares people's names as reporters write them: blind to case, accents, punctuation, spacing and titles. */
final class Names {

    private static final java.util.regex.Pattern TITLE =
            java.util.regex.Pattern.compile("^(?:(?:cllr|councillor|coun|mr|mrs|ms|miss|dr|sir|dame) )+");

    private Names() {
    }

    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        return TITLE.matcher(words).replaceFirst("");
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
