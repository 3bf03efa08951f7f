package org.floorcross.news;

import java.util.List;

/**
 * What one read produced, apart from the articles themselves (which went to the caller's consumer).
 *
 * @param articles how many articles were read
 * @param problems the problems met, in the order they were met
 */
public record ReadReport(long articles, List<Problem> problems) {

    public ReadReport {
        if (articles < 0) {
            throw new IllegalArgumentException("articles must not be negative: " + articles);
        }
        problems = List.copyOf(problems);
    }

    /** Whether any input had a problem: a command reading news exits non-zero when this is true. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
