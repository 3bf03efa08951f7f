package org.floorcross.news;

import java.util.Objects;

/**
 * Something wrong with one input: a missing path, an unreadable, empty, binary, oversized or badly encoded file, a bad
 * JSON Lines record or a malformed date header.
 *
 * @param origin the path, or a path and line number ({@code corpus.jsonl:12}), the problem belongs to
 * @param message what is wrong, in words a user can act on
 */
public record Problem(String origin, String message) {

    public Problem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
