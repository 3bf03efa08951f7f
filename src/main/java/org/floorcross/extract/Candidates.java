package org.floorcross.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Chooses the sentences worth the NLP stage: those with a move phrase (a {@link Cue}) that stand in a context of
 * party politics. Everyday verbs such as "join", "left" or "quit" fill ordinary news ("would join other councils in
 * lobbying"); they count only when the sentence, or the one before it, names a party, a group, the whip or
 * independence. Phrases that only ever mean a change of allegiance ("defected", "crossed the floor") need no context.
 */
final class Candidates {

    private static final Pattern POLITICAL = Pattern.compile("\\b(?:[Pp]arty|[Pp]arties|whip|[Ii]ndependents?|[Gg]roup"
            + "|[Dd]efect\\w*|floor)\\b");

    private final PartyLexicon parties;

    Candidates(PartyLexicon parties) {
        this.parties = parties;
    }

    List<Sentence> select(List<Sentence> sentences) {
        List<Sentence> chosen = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (!CueFinder.find(sentence.text()).isEmpty()
                    && (political(sentence) || i > 0 && political(sentences.get(i - 1)))) {
                chosen.add(sentence);
            }
        }
        return chosen;
    }

    boolean political(Sentence sentence) {
        return POLITICAL.matcher(sentence.text()).find() || !parties.find(sentence.text()).isEmpty();
    }
}
