package org.floorcross.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads request parameters, naming the bad value when one is malformed. */
final class Params {

    /** The longest query or name accepted. */
    static final int MAX_TEXT = 200;

    private Params() {
    }

    static LocalDate date(Context ctx, String name, LocalDate fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return date(name, text);
    }

    static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("malformed date for " + name + ": '" + clip(text)
                    + "' (expected YYYY-MM-DD)");
        }
    }

    /** A text parameter, stripped; empty when absent; too long is a bad request. */
    static String text(Context ctx, String name) {
        String text = ctx.queryParam(name);
        return checkedText(name, text == null ? "" : text);
    }

    static String checkedText(String name, String text) {
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(name + " is too long: " + text.length() + " characters, at most "
                    + MAX_TEXT);
        }
        return text.strip();
    }

    static int number(Context ctx, String name, int fallback, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 0 || value > max) {
                throw new IllegalArgumentException(name + " must be between 0 and " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + clip(text) + "'");
        }
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
