package org.floorcross.cli;

import org.floorcross.review.ReviewConfig;
import picocli.CommandLine.Option;

/** How ingesting commands corroborate and when they accept without an editor. */
final class ReviewOptions {

    @Option(names = "--auto-accept", paramLabel = "CONFIDENCE", defaultValue = "0.8",
            description = "Accept events whose support reaches this (0 to 1) without an editor (default: ${DEFAULT-VALUE}).")
    double autoAccept;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "45",
            description = "Reports of the same move at most this many days apart are one event (default: ${DEFAULT-VALUE}).")
    int windowDays;

    ReviewConfig config() {
        return ReviewConfig.defaults().withAutoAcceptAt(autoAccept).withWindowDays(windowDays);
    }
}
