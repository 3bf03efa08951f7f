package org.floorcross.eval;

import java.util.List;

/**
 * How the output did on one gold article.
 *
 * @param id the article's id
 * @param misses every difference from gold, empty when the output matches it exactly
 */
public record ArticleScore(String id, List<Miss> misses) {

    public ArticleScore {
        misses = List.copyOf(misses);
    }

    public boolean perfect() {
        return misses.isEmpty();
    }
}
