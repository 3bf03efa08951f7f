package org.floorcross.web;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Forgiving name matching: every word of the query must match a word of the name exactly, as a prefix, or within one
 * or two typing errors; a short query may also be the name's initials ("BBC" for Broxtowe Borough Council).
 */
final class Fuzzy {

    private Fuzzy() {
    }

    static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** How well the query matches the name: 0 for not at all, higher for better. */
    static int score(String query, String name) {
        return score(normalize(query), Name.of(name));
    }

    /** How well an already normalized query matches a name prepared with {@link Name#of}. */
    static int score(String q, Name name) {
        String n = name.normalized();
        if (q.isEmpty() || n.isEmpty()) {
            return 0;
        }
        if (q.equals(n)) {
            return 100;
        }
        List<String> words = name.words();
        int total = 0;
        for (String token : q.split(" ")) {
            int wordScore = words.stream().mapToInt(word -> wordScore(token, word)).max().orElse(0);
            if (wordScore == 0) {
                return initials(q, words) ? 20 : 0;
            }
            total += wordScore;
        }
        return total;
    }

    /** A name normalized and split into words once, so that it can be matched against many queries. */
    record Name(String normalized, List<String> words) {
        Name {
            words = List.copyOf(words);
        }

        static Name of(String name) {
            String n = normalize(name);
            return new Name(n, Arrays.asList(n.split(" ")));
        }
    }

    private static int wordScore(String token, String word) {
        if (token.equals(word)) {
            return 10;
        }
        if (word.startsWith(token) && token.length() >= 2) {
            return 6;
        }
        int allowed = token.length() >= 8 ? 2 : token.length() >= 4 ? 1 : 0;
        return allowed > 0 && distance(token, word, allowed) <= allowed ? 4 : 0;
    }

    private static boolean initials(String query, List<String> words) {
        if (query.contains(" ") || query.length() < 2 || query.length() != words.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).charAt(0) != query.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Optimal string alignment distance, giving up (returning limit + 1) once it exceeds the limit. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowBest = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], before[j - 2] + 1);
                }
                rowBest = Math.min(rowBest, current[j]);
            }
            if (rowBest > limit + 1) {
                return limit + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[b.length()], limit + 1);
    }
}
