package org.floorcross.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Person names reduced for forgiving matching: case, accents and punctuation ignored, leading titles (Cllr,
 * Councillor, Dr, Mrs...) and honours or post-nominals (MBE, OBE, JP...) dropped. Two names match when their first
 * and last words agree and the middle words of the shorter all appear in the longer, so middle names are optional.
 */
final class PersonNames {

    private static final Set<String> TITLES = Set.of("cllr", "councillor", "coun", "cllor", "dr", "mr", "mrs", "ms",
            "miss", "mx", "sir", "dame", "lord", "lady", "baroness", "baron", "prof", "professor", "rev", "revd",
            "reverend", "the", "honourable", "hon", "rt", "right");
    private static final Set<String> HONOURS = Set.of("mbe", "obe", "cbe", "kbe", "dbe", "bem", "cvo", "jp", "dl",
            "mp", "msp", "mla", "mep", "qc", "kc", "phd", "frsa", "fca", "ma", "msc", "bsc", "ba", "rn");

    private PersonNames() {
    }

    /** The words that identify a person: "Cllr Mohammed Iqbal MBE" gives [mohammed, iqbal]. */
    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>(Arrays.asList(NameKeys.fold(name).split(" ")));
        words.removeIf(String::isEmpty);
        while (words.size() > 2 && TITLES.contains(words.get(0))) {
            words.remove(0);
        }
        while (words.size() > 2 && HONOURS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return words;
    }

    /** First and last word, the key the member index is built on; null for names of fewer than two words. */
    static String key(List<String> words) {
        return words.size() < 2 ? null : words.get(0) + " " + words.get(words.size() - 1);
    }

    static boolean sameName(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2 || !key(a).equals(key(b))) {
            return false;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        List<String> longerMiddle = longer.subList(1, longer.size() - 1);
        return longerMiddle.containsAll(shorter.subList(1, shorter.size() - 1));
    }
}
