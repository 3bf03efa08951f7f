package org.floorcross.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One change an article reports, gathered from the clues of several sentences; may span several bodies. */
final class Story {

    final Cue.Kind kind;
    String from;
    String to;
    String group;
    Integer count;
    final Set<String> people = new LinkedHashSet<>();
    final Map<String, BodyRef> bodies = new LinkedHashMap<>();
    final List<Clue> clues = new ArrayList<>();
    double strength;

    Story(Clue first) {
        this.kind = first.kind();
        add(first);
    }

    boolean accepts(Clue clue) {
        return clue.kind() == kind && compatible(from, clue.from()) && compatible(to, clue.to())
                && (bodies.isEmpty() || clue.bodies().isEmpty()
                || clue.bodies().stream().anyMatch(b -> bodies.containsKey(b.key())));
    }

    void add(Clue clue) {
        from = from != null ? from : clue.from();
        to = to != null ? to : clue.to();
        group = group != null ? group : clue.group();
        count = count != null ? count : clue.count();
        people.addAll(clue.people());
        clue.bodies().forEach(b -> bodies.putIfAbsent(b.key(), b));
        clues.add(clue);
        strength = Math.max(strength, clue.strength()) + (clues.size() > 1 ? 0.03 : 0);
    }

    /** Whether every clue only says they sit as independents (no party left, joined or formed). */
    boolean sitsAsOnly() {
        return clues.stream().allMatch(Clue::sitsAs);
    }

    String date() {
        return clues.stream().map(Clue::date).filter(Objects::nonNull).findFirst().orElse(null);
    }

    String datePrecision() {
        return clues.stream().filter(c -> c.date() != null).map(Clue::datePrecision).findFirst().orElse(null);
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}
