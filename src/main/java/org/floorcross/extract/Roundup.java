package org.floorcross.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads roundups, where one sentence lists movers on different bodies ("A, a Conservative on X Council, and B of Y
 * Council also switched"): each person is bound to the council named right after them (else just before), and to the
 * party the sentence describes them by ("a Conservative on", "two Lancashire Tories, A of..."), so that each body's
 * move becomes its own clue with its own people and its own party left.
 */
final class Roundup {

    private static final Pattern JOINED_BEFORE = Pattern.compile("(?i)\\b(?:to|join\\w*|for|into|with)\\s+(?:the\\s+)?$");

    private Roundup() {}

    /** One person in a list, with the body and the party the sentence gives them (either may be null). */
    record Binding(String person, BodyRef body, String party) {}

    /** The people of {@code people} named in the sentence, in reading order, with their bodies and parties. */
    static List<Binding> bind(Sentence sentence, List<String> people, List<BodyMention> bodies,
                              List<PartyMention> parties, String joined) {
        String text = sentence.text();
        List<int[]> spans = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (String person : people) {
            int at = text.indexOf(person);
            if (at >= 0) {
                spans.add(new int[] {at, at + person.length()});
                named.add(person);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        List<Binding> bindings = new ArrayList<>();
        String lastParty = null;
        for (int k = 0; k < order.size(); k++) {
            int[] span = spans.get(order.get(k));
            int previousEnd = k == 0 ? 0 : spans.get(order.get(k - 1))[1];
            int nextStart = k + 1 < order.size() ? spans.get(order.get(k + 1))[0] : text.length();
            BodyRef body = body(sentence, bodies, span[1], nextStart, previousEnd, span[0]);
            String party = party(text, parties, joined, span[1], nextStart, previousEnd, span[0]);
            lastParty = party != null ? party : lastParty;
            bindings.add(new Binding(named.get(order.get(k)), body, lastParty));
        }
        return bindings;
    }

    /**
     * The clue split by body when its people sit on two or more different bodies; otherwise the clue itself, given
     * the party its one described person left when it names none.
     */
    static List<Clue> split(Clue clue, List<Binding> bindings) {
        Map<String, List<Binding>> byBody = new LinkedHashMap<>();
        bindings.stream().filter(b -> b.body() != null)
                .forEach(b -> byBody.computeIfAbsent(b.body().key(), k -> new ArrayList<>()).add(b));
        if (byBody.size() < 2) {
            return List.of(describedParty(clue, bindings));
        }
        List<Clue> clues = new ArrayList<>();
        List<String> unbound = new ArrayList<>(clue.people());
        for (List<Binding> group : byBody.values()) {
            List<String> people = group.stream().map(Binding::person).toList();
            unbound.removeAll(people);
            String party = group.stream().map(Binding::party).filter(p -> p != null && !p.equals(clue.to()))
                    .findFirst().orElse(clue.from());
            clues.add(new Clue(clue.kind(), party, clue.to(), clue.group(), null, people, List.of(group.get(0).body()),
                    clue.sentence(), clue.strength(), clue.date(), clue.datePrecision(), clue.sitsAs(), false));
        }
        if (!unbound.isEmpty() || clue.count() != null) {
            clues.add(0, new Clue(clue.kind(), clue.from(), clue.to(), clue.group(), clue.count(), unbound,
                    clue.bodies().stream().filter(b -> !byBody.containsKey(b.key())).toList(), clue.sentence(),
                    clue.strength(), clue.date(), clue.datePrecision(), clue.sitsAs(), false));
        }
        return clues;
    }

    private static Clue describedParty(Clue clue, List<Binding> bindings) {
        if (clue.from() != null || bindings.size() != 1 || bindings.get(0).party() == null
                || bindings.get(0).party().equals(clue.to())) {
            return clue;
        }
        return new Clue(clue.kind(), bindings.get(0).party(), clue.to(), clue.group(), clue.count(), clue.people(),
                clue.bodies(), clue.sentence(), clue.strength(), clue.date(), clue.datePrecision(), clue.sitsAs(),
                clue.background());
    }

    private static BodyRef body(Sentence sentence, List<BodyMention> bodies, int afterFrom, int afterTo,
                                int beforeFrom, int beforeTo) {
        BodyRef before = null;
        for (BodyMention m : bodies) {
            int start = m.start() - sentence.start();
            if (m.ref().parliament() || !m.explicit() || m.end() > sentence.end() || start < 0) {
                continue;
            }
            if (start >= afterFrom && start < afterTo) {
                return m.ref();
            }
            if (start >= beforeFrom && start < beforeTo) {
                before = m.ref();
            }
        }
        return before;
    }

    private static String party(String text, List<PartyMention> parties, String joined, int afterFrom, int afterTo,
                                int beforeFrom, int beforeTo) {
        String before = null;
        for (PartyMention p : parties) {
            if (p.group() || p.canonical().equals(joined)
                    || JOINED_BEFORE.matcher(text.substring(0, p.start())).find()) {
                continue;
            }
            if (p.start() >= afterFrom && p.start() < afterTo) {
                return p.canonical();
            }
            if (p.start() >= beforeFrom && p.start() < beforeTo) {
                before = p.canonical();
            }
        }
        return before;
    }
}
