package org.floorcross.ledger;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Forgiving comparison of people's names: case, accents, punctuation, titles, honours and middle names. */
final class Names {

    private static final Set<String> TITLES = Set.of("cllr", "councillor", "mr", "mrs", "ms", "miss", "mx", "dr",
            "sir", "dame", "lord", "lady", "baroness", "baron", "rev", "revd", "reverend", "prof", "professor", "hon",
            "the", "rt", "right", "honourable", "alderman", "ald");
    private static final Set<String> HONOURS = Set.of("mbe", "obe", "cbe", "kbe", "dbe", "bem", "jp", "dl", "mp",
            "msp", "mla", "ms", "qc", "kc", "phd", "frsa", "cc", "lvo", "cvo");

    private Names() {
    }

    /** The name's words in lower case without titles, honours or punctuation ("Cllr Ann-Marie O'Neill MBE"). */
    static List<String> tokens(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replaceAll("[^a-z0-9]+", " ").trim();
        List<String> words = new ArrayList<>(List.of(plain.isEmpty() ? new String[0] : plain.split(" ")));
        while (words.size() > 1 && TITLES.contains(words.getFirst())) {
            words.removeFirst();
        }
        while (words.size() > 1 && HONOURS.contains(words.getLast())) {
            words.removeLast();
        }
        return words;
    }

    /** The canonical form used in content keys. */
    static String canonical(String name) {
        return String.join(" ", tokens(name));
    }

    /** How closely two names agree: 3 identical, 2 same first and last name, 1 same surname and initial, 0 no. */
    static int closeness(String a, String b) {
        List<String> x = tokens(a);
        List<String> y = tokens(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 3;
        }
        if (!x.getLast().equals(y.getLast()) || x.size() == 1 || y.size() == 1) {
            return 0;
        }
        String first = x.getFirst();
        String other = y.getFirst();
        if (first.equals(other)) {
            return 2;
        }
        boolean initial = first.length() == 1 || other.length() == 1;
        return initial && first.charAt(0) == other.charAt(0) ? 1 : 0;
    }
}
