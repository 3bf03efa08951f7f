package org.floorcross.ledger;

import java.util.List;

/**
 * Where an event is reported.
 *
 * @param articleId the article's id (file name without extension, or JSON Lines id); null if only a URL is known
 * @param url the article's address; null if only an id is known
 * @param title the headline, or null
 * @param evidence the sentences that say so
 */
public record Source(String articleId, String url, String title, List<Span> evidence) {

    public Source {
        if (isBlank(articleId) && isBlank(url)) {
            throw new IllegalArgumentException("a source needs an article id or a url, got neither (title " + title + ")");
        }
        evidence = List.copyOf(evidence);
    }

    /** Whether this names the same article as another source (same id and url), whatever the evidence. */
    public boolean sameArticle(Source other) {
        return java.util.Objects.equals(articleId, other.articleId) && java.util.Objects.equals(url, other.url);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
