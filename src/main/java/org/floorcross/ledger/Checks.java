package org.floorcross.ledger;

import java.time.LocalDate;
import java.util.List;

/** Argument checks shared by the event records. */
final class Checks {

    private Checks() {
    }

    static void common(String kind, String bodyId, LocalDate effective, DatePrecision precision, List<Source> sources) {
        if (bodyId == null || bodyId.isBlank()) {
            throw new IllegalArgumentException(kind + " needs a body id, got '" + bodyId + "'");
        }
        if (effective == null || precision == null || sources == null) {
            throw new IllegalArgumentException(kind + " on " + bodyId + " needs a date, a precision and a source list;"
                    + " got date " + effective + ", precision " + precision + ", sources " + sources);
        }
    }

    static void peopleAndCount(String kind, String bodyId, List<String> people, Integer count) {
        if (people.stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new IllegalArgumentException(kind + " on " + bodyId + " has a blank name in " + people);
        }
        if (count == null && people.isEmpty()) {
            throw new IllegalArgumentException(kind + " on " + bodyId + " names nobody and gives no count");
        }
        if (count != null && (count < 1 || count < people.size())) {
            throw new IllegalArgumentException(kind + " on " + bodyId + " has count " + count
                    + ", fewer than one or than the " + people.size() + " people named");
        }
    }

    static String requireText(String kind, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(kind + " needs a " + field + ", got '" + value + "'");
        }
        return value;
    }
}
