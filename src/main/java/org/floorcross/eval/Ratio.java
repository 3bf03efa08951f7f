package org.floorcross.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A proportion such as an accuracy.
 *
 * @param correct how many were right
 * @param total how many were judged
 */
public record Ratio(int correct, int total) {

    public Ratio {
        if (correct < 0 || correct > total) {
            throw new IllegalArgumentException("correct must be between 0 and total " + total + ": " + correct);
        }
    }

    /** correct / total, or null when nothing was judged. */
    @JsonProperty
    public Double value() {
        return total == 0 ? null : (double) correct / total;
    }
}
