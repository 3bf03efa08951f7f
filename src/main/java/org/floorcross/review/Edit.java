package org.floorcross.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** This edit on top of an earlier one: fields this edit sets win, the rest stay as they were. */
    Edit over(Edit earlier) {
        if (earlier == null) {
            return this;
        }
        return new Edit(pick(count, earlier.count), pick(from, earlier.from), pick(to, earlier.to),
                pick(group, earlier.group), pick(people, earlier.people), pick(date, earlier.date));
    }

    /** What it sets, in words: "count 19; to Reform UK". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("count", count);
        fields.put("from", from);
        fields.put("to", to);
        fields.put("group", group);
        fields.put("people", people == null ? null : String.join(", ", people));
        fields.put("date", date);
        fields.forEach((name, value) -> {
            if (value != null) {
                parts.add(name + " " + value);
            }
        });
        return String.join("; ", parts);
    }

    private static <T> T pick(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }
}
