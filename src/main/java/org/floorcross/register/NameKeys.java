package org.floorcross.register;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised keys for forgiving name matching: lower case, accents and punctuation removed, "&" read as "and",
 * a leading "the" dropped. The core key also drops the words that say what kind of council it is.
 */
final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LEADING_STYLE = Pattern.compile(
            "^(?:the )?(?:(?:royal |london |metropolitan )?borough of |city and county of |city of |county of |council of )");
    private static final Pattern TRAILING_KIND = Pattern.compile(
            "(?: (?:metropolitan borough|metropolitan district|borough|district|city|county|town|parish|community"
                    + "|unitary|metropolitan))*(?: council| corporation)?$");

    private NameKeys() {
    }

    /** "The Pendle Borough Council!" becomes "pendle borough council". */
    static String key(String name) {
        String key = fold(name);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** Lower case, accents and punctuation removed, "&" read as "and": "Sinn Féin" becomes "sinn fein". */
    static String fold(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("'", "")
                .replace("\u2019", "");
        return NON_WORD.matcher(folded).replaceAll(" ").strip();
    }

    /** "Pendle Borough Council", "Borough of Pendle" and "Pendle Council" all become "pendle". */
    static String core(String name) {
        String key = key(name);
        String withoutStyle = LEADING_STYLE.matcher(key).replaceFirst("");
        String core = TRAILING_KIND.matcher(withoutStyle).replaceFirst("").strip();
        return core.isEmpty() ? key : core;
    }
}
