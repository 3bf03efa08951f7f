package org.floorcross.review;

import java.util.List;

/**
 * Reports of one event that disagree on a detail; every value is kept with the articles that give it, and the
 * best-supported one (first) is the one shown.
 *
 * @param field count, date or group
 * @param values the values, best-supported first
 */
public record Conflict(String field, List<Value> values) {

    public Conflict {
        values = List.copyOf(values);
    }

    /** One value and the articles that give it. */
    public record Value(String value, List<String> articleIds) {

        public Value {
            articleIds = List.copyOf(articleIds);
        }
    }

    public String describe() {
        StringBuilder text = new StringBuilder(field).append(" disputed:");
        for (Value value : values) {
            text.append(' ').append(value.value()).append(" (").append(String.join(", ", value.articleIds())).append(')');
        }
        return text.toString();
    }
}
