package org.floorcross.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Precision, recall and F1 from counts. With nothing to divide by, a score is 1 when both sides are empty and 0
 * otherwise: predicting nothing for a gold event scores 0, predicting nothing where gold has nothing scores 1.
 *
 * @param matched predictions that match a gold item
 * @param predicted all predictions
 * @param expected all gold items
 */
public record Score(int matched, int predicted, int expected) {

    public Score {
        if (matched < 0 || matched > predicted || matched > expected) {
            throw new IllegalArgumentException("matched must be between 0 and both totals: matched " + matched
                    + ", predicted " + predicted + ", expected " + expected);
        }
    }

    @JsonProperty
    public double precision() {
        return predicted == 0 ? (expected == 0 ? 1 : 0) : (double) matched / predicted;
    }

    @JsonProperty
    public double recall() {
        return expected == 0 ? (predicted == 0 ? 1 : 0) : (double) matched / expected;
    }

    @JsonProperty
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
