package org.floorcross.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One change of allegiance a person found in a gold article, in the field names of the {@code extract} contract.
 *
 * @param kind defection, suspension or reinstatement
 * @param body the body's official name from the register
 * @param from canonical party left, or null
 * @param to canonical party joined, or null
 * @param group the named group, or null
 * @param count how many made the move, or null when the article does not say
 * @param people full names as written
 * @param date ISO date of the move, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldEvent(String kind, String body, String from, String to, String group, Integer count,
                        List<String> people, String date) {

    public GoldEvent {
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** The identity events are matched on. */
    public EventKey key() {
        return new EventKey(kind, body, from, to);
    }
}
