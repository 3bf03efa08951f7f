package org.floorcross.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * Representatives leave one bloc for another. Named people move by name; a count larger than the names moves the
 * rest as unnamed seats. With {@code to} Independent (or unknown) and a group, they join the group's bloc; with
 * neither {@code to} nor a group, they sit as independents.
 *
 * @param people full names as written, without titles; may be empty when only a count is known
 * @param count how many moved; null when only the named people are known
 * @param from the bloc left; null if not stated (then only named people can move)
 * @param to the bloc joined; null if not stated
 * @param group the named group they form or join, or null
 */
public record Defection(String bodyId, LocalDate effective, DatePrecision precision, List<Source> sources,
                        List<String> people, Integer count, String from, String to, String group) implements Event {

    public Defection {
        Checks.common("defection", bodyId, effective, precision, sources);
        sources = List.copyOf(sources);
        people = List.copyOf(people);
        Checks.peopleAndCount("defection", bodyId, people, count);
        if (from == null && count != null && count > people.size()) {
            throw new IllegalArgumentException("defection on " + bodyId + " moves " + (count - people.size())
                    + " unnamed seats but does not say which bloc they left");
        }
        if (to == null && group == null && from == null) {
            throw new IllegalArgumentException("defection on " + bodyId + " gives no from, to or group");
        }
    }

    @Override
    public Defection withSources(List<Source> sources) {
        return new Defection(bodyId, effective, precision, sources, people, count, from, to, group);
    }
}
