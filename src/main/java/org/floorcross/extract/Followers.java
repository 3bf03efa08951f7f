package org.floorcross.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Adds to a cue sentence's clues the movers later sentences name: the sentence right after it (its subject or a
 * list), and the sentences that describe the group; someone they place on another council gets a clue of their own.
 */
final class Followers {

    /** "Those leaving include...": a participle naming the movers, not a move of its own. */
    private static final java.util.regex.Pattern PARTICIPLE_SUBJECT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:those|the ones|people|councillors|members)\\s+$");
    /** "she had made the switch": the move already told, referred back to, not a move of its own. */
    private static final java.util.regex.Pattern ANAPHOR = java.util.regex.Pattern.compile(
            "(?i)\\b(?:made|making|make|makes) (?:the|this|that) $");
    private static final int MEMBER_WINDOW = 5;

    private final PartyLexicon partyLexicon;

    Followers(PartyLexicon partyLexicon) {
        this.partyLexicon = partyLexicon;
    }

    /**
     * Adds the movers a following sentence names (and a list in the one after) to the definite clues; in a roundup
     * whose cue names no body, a follower placed on a council of their own gets a clue of their own.
     */
    List<Clue> add(List<Clue> read, List<Sentence> sentences, int index,
                                     Function<Sentence, List<Mention>> mentions, List<BodyMention> named, String text) {
        Sentence next = sentences.get(index);
        Clue first = read.stream().filter(Clue::definite).findFirst().orElseThrow();
        if (reportsItsOwnMove(next, first.kind()) && namesAnotherCouncil(next, named, first.bodies()) || read.stream().filter(Clue::definite).map(Clue::bodies).distinct().count() > 1) {
            return read;
        }
        List<String> more = new ArrayList<>(Movers.following(next, mentions.apply(next)));
        if (index + 1 < sentences.size() && !more.isEmpty()) {
            Sentence after = sentences.get(index + 1);
            more.addAll(Movers.listed(after, mentions.apply(after)));
        }
        Map<Sentence, List<String>> members = members(sentences, index, mentions);
        members.values().forEach(more::addAll);
        List<String> names = more.stream().map(p -> Names.expand(p, text)).filter(Objects::nonNull).distinct().toList();
        List<Clue> out = new ArrayList<>();
        for (Clue clue : read) {
            if (!clue.definite()) {
                out.add(clue);
                continue;
            }
            List<Roundup.Binding> placed = new ArrayList<>(clue.bodies().isEmpty() ? Roundup.bind(next, names, named,
                    partyLexicon.find(next.text()), clue.to()).stream()
                    .filter(b -> b.body() != null && !b.body().parish()).toList() : List.of());
            placed.addAll(elsewhere(clue, members, named, text));
            out.add(clue.withPeople(names.stream().filter(n -> placed.stream().noneMatch(b -> b.person().equals(n)))
                    .toList()));
            placed.forEach(b -> out.add(clue.followedBy(next, b.person(), b.body(), b.party())));
        }
        return out;
    }
    /** Members a describing sentence places on a principal council the clue does not name ("Another, B of X Council"). */
    private List<Roundup.Binding> elsewhere(Clue clue, Map<Sentence, List<String>> members, List<BodyMention> named,
                                            String text) {
        List<Roundup.Binding> found = new ArrayList<>();
        members.forEach((sentence, people) -> Roundup.bind(sentence, people.stream().map(p -> Names.expand(p, text))
                .filter(Objects::nonNull).toList(), named, partyLexicon.find(sentence.text()), clue.to()).stream()
                .filter(b -> b.body() != null && !b.body().parish() && !b.body().parliament()
                        && clue.bodies().stream().noneMatch(k -> k.key().equals(b.body().key())) && !clue.bodies().isEmpty())
                .forEach(found::add));
        return found;
    }
    /** Movers the sentences describing the group name ("They are...", "X, another of the defectors"), up to five on. */
    private static Map<Sentence, List<String>> members(List<Sentence> sentences, int index,
                                                       Function<Sentence, List<Mention>> mentions) {
        Map<Sentence, List<String>> found = new java.util.LinkedHashMap<>();
        for (int k = index; k < Math.min(sentences.size(), index + MEMBER_WINDOW); k++) {
            Sentence sentence = sentences.get(k);
            if (Members.mayName(sentence.text())) {
                found.put(sentence, Members.named(sentence, mentions.apply(sentence)));
            }
        }
        return found;
    }
    /** Whether a sentence has a cue of the same kind of its own that is news, so the names in it are its own movers. */
    static boolean reportsItsOwnMove(Sentence sentence, Cue.Kind kind) {
        return CueFinder.find(sentence.text()).stream()
                .anyMatch(c -> c.kind() == kind && Background.reason(sentence.text(), c, 0, true) == null
                        && !PARTICIPLE_SUBJECT.matcher(sentence.text().substring(0, c.start())).find()
                        && !ANAPHOR.matcher(sentence.text().substring(0, c.start())).find());
    }
    /** Whether the sentence names a principal council other than {@code known}: a roundup's next item. */
    private static boolean namesAnotherCouncil(Sentence sentence, List<BodyMention> named, List<BodyRef> known) {
        return named.stream().anyMatch(m -> m.explicit() && !m.ref().parliament() && !m.ref().parish()
                && m.start() >= sentence.start() && m.end() <= sentence.end()
                && known.stream().noneMatch(k -> k.key().equals(m.ref().key())));
    }
}
