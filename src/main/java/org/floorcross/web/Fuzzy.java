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

    /** How well the query matches any of the names: 0 for not at all, higher for better. */
    static int score(String query, List<String> names) {
        int best = 0;
        for (String name : names) {
            best = Math.max(best, score(query, name));
        }
        return best;
    }

    static int score(String query, String name) {
        String q = normalize(query);
        String n = normalize(name);
        if (q.isEmpty() || n.isEmpty()) {
            return 0;
        }
        if (q.equals(n)) {
            return 100;
        }
        List<String> words = Arrays.asList(n.split(" "));
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
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
