package org.floorcross.review;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.floorcross.extract.ArticleExtraction;
import org.floorcross.extract.ExtractedEvent;
import org.floorcross.news.Article;

/** Turns what the extractor found in one article into dated claims. */
final class Claims {

    private final Function<String, List<LocalDate>> elections;

    /** @param elections a body's election dates by its register id */
    Claims(Function<String, List<LocalDate>> elections) {
        this.elections = elections;
    }

    List<Claim> of(Article article, String contentHash, ArticleExtraction extraction, LocalDate today) {
        List<ExtractedEvent> events = extraction.events();
        return java.util.stream.IntStream.range(0, events.size())
                .mapToObj(i -> claim(article, contentHash, i, events.get(i), today))
                .toList();
    }

    private Claim claim(Article article, String contentHash, int ordinal, ExtractedEvent event, LocalDate today) {
        Move move = new Move(event.kind(), event.bodyId(), event.body(), event.from(), event.to());
        StoredArticle stored = new StoredArticle(contentHash, article.id(), article.url(), article.published(),
                today, article.text());
        String evidence = String.join(" ", stored.sentences(event.evidence()));
        List<LocalDate> known = event.bodyId() == null ? List.of() : elections.apply(event.bodyId());
        EventDate date = Dating.date(event.date(), event.datePrecision(), article.published(), evidence,
                article.text(), known, today);
        return new Claim(0, contentHash, article.id(), ordinal, 0, move, event.group(), event.count(), event.people(),
                date, event.confidence(), event.evidence());
    }
}
