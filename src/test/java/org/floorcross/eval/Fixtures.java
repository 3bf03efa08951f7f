package org.floorcross.eval;

import java.util.List;
import org.floorcross.extract.ArticleExtraction;
import org.floorcross.extract.Evidence;
import org.floorcross.extract.ExtractedEvent;

/** Small builders for hand-written gold and predictions. */
final class Fixtures {

    private Fixtures() {}

    static GoldEvent gold(String kind, String body, String from, String to, Integer count, String... people) {
        return new GoldEvent(kind, body, from, to, null, count, List.of(people), null);
    }

    static ExtractedEvent predicted(String kind, String body, String from, String to, Integer count,
                                    String... people) {
        return new ExtractedEvent(kind, body, null, from, to, null, count, List.of(people), null, null, 0.9,
                List.of(new Evidence(0, 10)));
    }

    static GoldArticle goldArticle(String id, boolean relevant, GoldEvent... events) {
        return new GoldArticle(id, null, null, relevant, List.of(events), null);
    }

    static ArticleExtraction output(String id, boolean relevant, ExtractedEvent... events) {
        return new ArticleExtraction(id, null, relevant, List.of(events));
    }

    /** What a perfect extractor would print for a gold article. */
    static ArticleExtraction asOutput(GoldArticle gold) {
        List<ExtractedEvent> events = gold.events().stream().map(event -> new ExtractedEvent(event.kind(),
                event.body(), null, event.from(), event.to(), event.group(), event.count(), event.people(),
                event.date(), null, 1.0, List.of())).toList();
        return new ArticleExtraction(gold.id(), gold.published(), gold.relevant(), events);
    }
}
