package org.floorcross.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cheap clause windows around a position in a sentence, cut at punctuation and coordinating words. */
final class Clauses {

    private static final Pattern BREAK = Pattern.compile("[,;:()\u2013\u2014\"\u201c\u201d]| - | but | while | whereas "
            + "| although | after | before | because | as well as | when | who | which | where | and (?!their\\b)");

    private static final Pattern SUBJECT_BREAK = Pattern.compile("[;:\"\u201c\u201d]| but | while | whereas "
            + "| although | after | because ");

    private Clauses() {}

    /** The text from the last clause break before {@code at} up to it. */
    static String before(String sentence, int at) {
        return sentence.substring(lastBreak(BREAK, sentence, at), at);
    }

    /** The text from {@code at} up to the next clause break. */
    static String after(String sentence, int at) {
        Matcher m = BREAK.matcher(sentence);
        return m.find(at) ? sentence.substring(at, m.start()) : sentence.substring(at);
    }

    /** The subject-ish text before {@code at}: commas kept (appositions), stronger breaks cut. */
    static String subject(String sentence, int at) {
        return sentence.substring(lastBreak(SUBJECT_BREAK, sentence, at), at);
    }

    private static int lastBreak(Pattern pattern, String sentence, int at) {
        Matcher m = pattern.matcher(sentence);
        m.region(0, at);
        int last = 0;
        while (m.find()) {
            last = m.end();
        }
        return last;
    }
}
