package org.floorcross.extract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One change of allegiance an article reports: the event object of the {@code extract} contract in DESIGN.md.
 *
 * @param kind defection, suspension or reinstatement
 * @param body the body's official name from the register, or as written if not in the register
 * @param bodyId its GSS code or slug; null if not in the register
 * @param from canonical party left; null when not stated
 * @param to canonical party joined ({@code Independent} when sitting as independents); null when not stated
 * @param group the named group they form or join, if any
 * @param count how many representatives made this move; null if unknown
 * @param people full names as written, without titles
 * @param date ISO date of the move if the article gives one, else null
 * @param datePrecision day, month or approximate; null without a date
 * @param confidence 0 to 1
 * @param evidence the sentences that say so
 */
@JsonPropertyOrder({"kind", "body", "body_id", "from", "to", "group", "count", "people", "date", "date_precision",
        "confidence", "evidence"})
public record ExtractedEvent(String kind, String body, @JsonProperty("body_id") String bodyId, String from, String to,
                             String group, Integer count, List<String> people, String date,
                             @JsonProperty("date_precision") String datePrecision, double confidence,
                             List<Evidence> evidence) {

    public ExtractedEvent {
        people = List.copyOf(people);
        evidence = List.copyOf(evidence);
    }
}
