package org.floorcross.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's name reduced for forgiving comparison: case, accents and punctuation ignored, leading titles (Cllr,
 * Councillor, Dr, Mrs...) and honours or post-nominals (MBE, JP...) dropped, and common short forms of first names
 * read as the full name (Dave Wood is David Wood). Middle names are optional. One comparison for the whole system: the
 * register's member lookup and the ledger's seat matching both use it.
 *
 * @param words the identifying words in lower case ("Cllr Mohammed Iqbal MBE" gives [mohammed, iqbal])
 */
public record PersonName(List<String> words) {

    private static final Set<String> TITLES = Set.of("cllr", "councillor", "coun", "cllor", "dr", "mr", "mrs", "ms",
            "miss", "mx", "sir", "dame", "lord", "lady", "baroness", "baron", "prof", "professor", "rev", "revd",
            "reverend", "the", "honourable", "hon", "rt", "right", "alderman", "ald");
    private static final Set<String> HONOURS = Set.of("mbe", "obe", "cbe", "kbe", "dbe", "bem", "cvo", "lvo", "jp",
            "dl", "mp", "msp", "mla", "mep", "ms", "qc", "kc", "phd", "frsa", "fca", "ma", "msc", "bsc", "ba", "rn", "cc");
    private static final Map<String, String> FULL_FORMS = fullForms(
            "david dave davy davie", "stephen steven steve stevie", "robert rob bob bobby robbie bert",
            "william will bill billy willie", "james jim jimmy", "michael mike mick mickey",
            "anthony tony antony", "christopher chris", "thomas tom tommy", "andrew andy drew",
            "nicholas nick nicky", "alexander alex sandy", "samuel sam sammy", "daniel dan danny",
            "joseph joe joey", "benjamin ben benny", "matthew matt matty", "peter pete", "richard rich rick ricky dick",
            "edward ed eddie ted ned", "kenneth ken kenny", "ronald ron ronnie", "donald don donny", "timothy tim",
            "philip phillip phil", "gregory greg", "jonathan jon jonny", "leonard len lenny", "gerald gerry",
            "patrick paddy", "margaret maggie meg peggy", "elizabeth liz beth betty lizzie", "susan sue susie",
            "katherine catherine kate kathy cathy katie kath cath", "jennifer jenny jen", "rebecca becky becca",
            "deborah debbie debra deb", "victoria vicky vikki", "frederick fred freddie", "charles charlie chas",
            "raymond ray", "terence terry", "lawrence laurence larry", "abdul abdool", "mohammed muhammad mohammad mohamed");

    public PersonName {
        words = List.copyOf(words);
    }

    /** Reduces a name as written; null gives an empty name. */
    public static PersonName of(String name) {
        if (name == null) {
            return new PersonName(List.of());
        }
        List<String> words = new ArrayList<>(Arrays.asList(NameKeys.fold(name).split(" ")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && TITLES.contains(words.getFirst())) {
            words.removeFirst();
        }
        while (words.size() > 1 && HONOURS.contains(words.getLast())) {
            words.removeLast();
        }
        return new PersonName(words);
    }

    /** The words joined by spaces: the form stored in keys. */
    public String canonical() {
        return String.join(" ", words);
    }

    /** First name (as its full form) and surname; null for names of fewer than two words. */
    public String key() {
        return words.size() < 2 ? null : fullForm(words.getFirst()) + " " + words.getLast();
    }

    /** The same person: first name (or its short form) and surname agree, and the shorter name's middle names appear. */
    public boolean sameAs(PersonName other) {
        if (key() == null || !key().equals(other.key())) {
            return false;
        }
        PersonName shorter = words.size() <= other.words.size() ? this : other;
        PersonName longer = shorter == this ? other : this;
        return longer.middle().containsAll(shorter.middle());
    }

    /** How closely two names agree: 3 identical, 2 the same person by {@link #sameAs}, 1 surname and initial, 0 no. */
    public int closeness(PersonName other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return 0;
        }
        if (words.equals(other.words)) {
            return 3;
        }
        if (sameAs(other)) {
            return 2;
        }
        if (words.size() < 2 || other.words.size() < 2 || !words.getLast().equals(other.words.getLast())) {
            return 0;
        }
        String first = words.getFirst();
        String theirs = other.words.getFirst();
        return (first.length() == 1 || theirs.length() == 1) && first.charAt(0) == theirs.charAt(0) ? 1 : 0;
    }

    private List<String> middle() {
        return words.size() < 3 ? List.of() : words.subList(1, words.size() - 1);
    }

    private static String fullForm(String first) {
        return FULL_FORMS.getOrDefault(first, first);
    }

    private static Map<String, String> fullForms(String... families) {
        Map<String, String> forms = new HashMap<>();
        for (String family : families) {
            String[] names = family.split(" ");
            for (String name : names) {
                forms.put(name, names[0]);
            }
        }
        return Map.copyOf(forms);
    }
}
