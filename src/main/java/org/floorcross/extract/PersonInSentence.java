package org.floorcross.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A person the NLP stage found in a sentence, with the sentence's text around the name: what the rules that decide
 * who moved look at.
 *
 * @param name the name cleaned of titles
 * @param before the sentence's text before the name
 * @param end the offset in the sentence just past the name
 */
record PersonInSentence(String name, String before, int end) {

    /** The people in the sentence, in order; mentions that clean to no name are left out. */
    static List<PersonInSentence> in(Sentence sentence, List<Mention> mentions) {
        String text = sentence.text();
        List<PersonInSentence> people = new ArrayList<>();
        for (Mention m : mentions) {
            int start = m.start() - sentence.start();
            int end = Math.min(text.length(), m.end() - sentence.start());
            if (!m.type().equals("PERSON") || start < 0 || start >= text.length()) {
                continue;
            }
            String name = Names.clean(text.substring(start, end));
            if (name != null) {
                people.add(new PersonInSentence(name, text.substring(0, start), end));
            }
        }
        return people;
    }
}
