package org.floorcross.register;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalised keys for forgiving name matching: lower case, accents and punctuation removed, "&" read as "and",
 * a leading "the" dropped. The core key also drops the words that say what kind of council it is.
 */
final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final List<List<String>> LEADING_STYLES = List.of(
            List.of("royal", "borough", "of"), List.of("london", "borough", "of"),
            List.of("metropolitan", "borough", "of"), List.of("borough", "of"), List.of("city", "and", "county", "of"),
            List.of("city", "of"), List.of("county", "of"), List.of("council", "of"));
    private static final Set<String> TRAILING_BODY = Set.of("council", "corporation");
    private static final Set<String> TRAILING_KINDS = Set.of("borough", "district", "city", "county", "town",
            "parish", "community", "unitary", "metropolitan");

    private NameKeys() {
    }

    /** "The Pendle Borough Council!" becomes "pendle borough council". */
    static String key(String name) {
        String key = fold(name);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** Lower case, accents and punctuation removed, "&" read as "and": "Sinn Féin" becomes "sinn fein". */
    static String fold(String name) {
        String text = isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (c == '&') {
                out.append(space ? "and " : " and ");
                space = true;
            } else if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** "Pendle Borough Council", "Borough of Pendle" and "Pendle Council" all become "pendle". */
    static String core(String name) {
        return coreOfKey(key(name));
    }

    /** The core of a name already reduced by {@link #key(String)}. */
    static String coreOfKey(String key) {
        List<String> words = new ArrayList<>(Arrays.asList(key.split(" ")));
        for (List<String> style : LEADING_STYLES) {
            if (words.size() > style.size() && words.subList(0, style.size()).equals(style)) {
                words.subList(0, style.size()).clear();
                break;
            }
        }
        if (words.size() > 1 && TRAILING_BODY.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        while (words.size() > 1 && TRAILING_KINDS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }
}
