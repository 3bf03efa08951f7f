package org.floorcross.eval;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes two events the same event: kind, body, from and to, compared without regard to case or spacing.
 *
 * @param kind as written
 * @param body as written
 * @param from as written, or null
 * @param to as written, or null
 */
public record EventKey(String kind, String body, String from, String to) {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    /** Whether {@code other} names the same event, ignoring case and runs of whitespace in every part. */
    public boolean matches(EventKey other) {
        return same(kind, other.kind) && same(body, other.body) && same(from, other.from) && same(to, other.to);
    }

    /** For people reading a report: {@code defection on Pendle Borough Council, Labour -> Independent}. */
    public String describe() {
        return kind + " on " + body + ", " + orUnknown(from) + " -> " + orUnknown(to);
    }

    static String normalise(String value) {
        return value == null ? null : WHITESPACE.matcher(value).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean same(String left, String right) {
        return java.util.Objects.equals(normalise(left), normalise(right));
    }

    private static String orUnknown(String party) {
        return party == null ? "(not stated)" : party;
    }
}
