package org.floorcross.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One line of a gold file: what a careful reader says an article reports.
 *
 * @param id the article's id, as in the extraction output
 * @param published its publication date (ISO), or null
 * @param story a slug shared by reports of the same story, or null
 * @param relevant whether it reports a change of allegiance of a sitting representative
 * @param events the changes it reports
 * @param notes the labeller's reasoning, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldArticle(@JsonProperty(required = true) String id, String published, String story,
                          @JsonProperty(required = true) boolean relevant, List<GoldEvent> events, String notes) {

    public GoldArticle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("gold article id must not be blank: " + id);
        }
        events = events == null ? List.of() : List.copyOf(events);
    }
}
