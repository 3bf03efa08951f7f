package org.floorcross.eval;

import java.util.List;

/**
 * Extraction output scored against gold.
 *
 * @param events events matched on (kind, body, from, to) over the gold articles
 * @param counts correct counts among matched events whose gold count is known
 * @param people names found, over matched events
 * @param relevance gold articles whose relevance the output got right (an article absent from the output is wrong)
 * @param cleanNegatives gold non-relevant articles for which the output has no events (absent ones are not clean)
 * @param fields which fields failed in events found with some fields wrong, and the events missed or extra outright
 * @param articles one entry per gold article, in gold order
 * @param unscored ids in the output that have no gold, in output order; their events are not scored
 */
public record EvaluationReport(Score events, Ratio counts, Score people, Ratio relevance, Ratio cleanNegatives,
                               FieldConfusion fields, List<ArticleScore> articles, List<String> unscored) {

    public EvaluationReport {
        articles = List.copyOf(articles);
        unscored = List.copyOf(unscored);
    }
}
