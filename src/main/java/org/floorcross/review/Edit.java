package org.floorcross.review;

import java.time.LocalDate;
import java.util.List;

/**
 * An editor's correction of a proposed event; a null field leaves that detail as the reports have it.
 *
 * @param count how many representatives moved
 * @param from the bloc they left
 * @param to the bloc they joined
 * @param group the named group they formed or joined
 * @param people who moved
 * @param date the day it happened (the history says who set it)
 */
public record Edit(Integer count, String from, String to, String group, List<String> people, LocalDate date) {

    public Edit {
        if (count != null && count < 1) {
            throw new IllegalArgumentException("an edited count must be at least 1, got " + count);
        }
        people = people == null ? null : List.copyOf(people);
    }

    public boolean isEmpty() {
        return count == null && from == null && to == null && group == null && people == null && date == null;
    }
}
