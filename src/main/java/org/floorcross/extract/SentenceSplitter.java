package org.floorcross.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences with offsets, cheaply and before any NLP: a line break always ends a sentence; so does
 * . ! or ? (with any closing quotes) followed by space and a capital, digit or opening quote, unless the word before
 * the full stop is a title or an initial.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "cllr", "coun", "st", "sir",
            "rev", "prof", "no", "cllrs", "gen", "lt", "col", "capt", "hon", "rt", "vs", "v", "etc", "jr", "sr");

    private SentenceSplitter() {}

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(sentences, text, start, i);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < n && isClosingQuote(text.charAt(end))) {
                    end++;
                }
                add(sentences, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(sentences, text, start, n);
        return sentences;
    }

    private static boolean endsSentence(String text, int dot) {
        int next = dot + 1;
        while (next < text.length() && isClosingQuote(text.charAt(next))) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) != ' ') {
            return next >= text.length();
        }
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        char following = text.charAt(next);
        boolean opens = Character.isUpperCase(following) || Character.isDigit(following) || isOpeningQuote(following);
        return opens && (text.charAt(dot) != '.' || !abbreviationBefore(text, dot));
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int from = dot;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT)) && !word.equals(word.toUpperCase());
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '(';
    }

    private static void add(List<Sentence> sentences, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            sentences.add(new Sentence(sentences.size(), from, to, text.substring(from, to)));
        }
    }
}
