package org.floorcross.ledger;

/** Character offsets [start, end) of an evidence sentence in an article's text. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence span: start " + start + ", end " + end);
        }
    }
}
