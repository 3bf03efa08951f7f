package org.floorcross.review;

import java.time.LocalDate;
import java.util.List;
import org.floorcross.extract.Evidence;

/** An article as the store keeps it, deduplicated by the hash of its content. */
record StoredArticle(String contentHash, String articleId, String url, LocalDate published, LocalDate received,
                     String text) {

    /** The evidence sentences as the article has them; offsets outside the text are clipped. */
    List<String> sentences(List<Evidence> evidence) {
        return evidence.stream()
                .map(span -> text.substring(clip(span.start()), clip(Math.max(span.start(), span.end()))).strip())
                .toList();
    }

    private int clip(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
