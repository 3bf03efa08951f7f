package org.floorcross.extract;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What one article yields: the line printed by {@code floorcross extract --format jsonl} (see DESIGN.md).
 *
 * @param article the article's id
 * @param published its publication date (ISO) from the header or the text, else null
 * @param relevant whether it reports at least one change of allegiance of a sitting representative
 * @param events the changes it reports, one per (kind, body, from, to)
 */
@JsonPropertyOrder({"article", "published", "relevant", "events"})
public record ArticleExtraction(String article, String published, boolean relevant, List<ExtractedEvent> events) {

    public ArticleExtraction {
        events = List.copyOf(events);
    }
}
