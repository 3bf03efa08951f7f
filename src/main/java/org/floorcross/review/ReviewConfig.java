package org.floorcross.review;

/**
 * How review decides and corroborates.
 *
 * @param autoAcceptAt events whose support reaches this (0 to 1) are accepted without an editor; default
 *                     {@value #DEFAULT_AUTO_ACCEPT}
 * @param windowDays how many days apart two dated reports of the same move may be and still be one event; default
 *                   {@value #DEFAULT_WINDOW_DAYS}
 * @param reviewer the name written in the history for automatic decisions
 */
public record ReviewConfig(double autoAcceptAt, int windowDays, String reviewer) {

    public static final double DEFAULT_AUTO_ACCEPT = 0.8;
    public static final int DEFAULT_WINDOW_DAYS = 45;

    public ReviewConfig {
        if (!(autoAcceptAt >= 0 && autoAcceptAt <= 1)) {
            throw new IllegalArgumentException("the auto-accept threshold must be between 0 and 1, got " + autoAcceptAt);
        }
        if (windowDays < 0) {
            throw new IllegalArgumentException("the corroboration window must not be negative, got " + windowDays);
        }
        if (reviewer == null || reviewer.isBlank()) {
            throw new IllegalArgumentException("the automatic reviewer needs a name, got '" + reviewer + "'");
        }
    }

    /** Threshold 0.8, window 45 days, automatic decisions signed "floorcross". */
    public static ReviewConfig defaults() {
        return new ReviewConfig(DEFAULT_AUTO_ACCEPT, DEFAULT_WINDOW_DAYS, "floorcross");
    }

    public ReviewConfig withAutoAcceptAt(double threshold) {
        return new ReviewConfig(threshold, windowDays, reviewer);
    }

    public ReviewConfig withWindowDays(int days) {
        return new ReviewConfig(autoAcceptAt, days, reviewer);
    }
}
