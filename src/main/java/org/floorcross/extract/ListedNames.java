package org.floorcross.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Repairs the NER's reading of a list of people: a two- or three-word capitalised name it calls an organisation or a
 * place, standing between people in "A, B and C", is a person too; a name in brackets right after a person ("Ann Lee
 * (Mill Ward)") is their ward, not another person.
 */
final class ListedNames {

    private static final Pattern PERSONAL = Pattern.compile("[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}");
    private static final Pattern INSTITUTION = Pattern.compile("\\b(?:Council|Party|Group|Independents?|Labour|Green"
            + "|Greens|Conservatives?|Reform|Alliance|Union|Association|Trust|Court|Hall|Street|Road|Ward|University"
            + "|College|School|Parliament|Assembly|Senedd|Holyrood|Commons|Scotland|Wales|England|Britain)\\b");
    private static final Pattern BETWEEN = Pattern.compile("^\\s*(?:,|and|&|, and)\\s*$");

    private ListedNames() {}

    /** The mentions, with list members the NER mistyped retyped as PERSON. */
    static List<Mention> complete(Sentence sentence, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            if (!m.type().equals("PERSON") && PERSONAL.matcher(m.text()).matches()
                    && !INSTITUTION.matcher(m.text()).find()
                    && (listed(sentence, out, i, -1) && listed(sentence, out, i, 1))) {
                out.set(i, new Mention("PERSON", m.start(), m.end(), m.text(), m.normalized()));
            }
        }
        out.removeIf(m -> bracketedAfterPerson(sentence, out, m));
        return out;
    }

    private static boolean bracketedAfterPerson(Sentence sentence, List<Mention> mentions, Mention m) {
        int start = m.start() - sentence.start();
        int end = m.end() - sentence.start();
        String text = sentence.text();
        if (start < 2 || end >= text.length() || text.charAt(end) != ')' || !text.startsWith(" (", start - 2)) {
            return false;
        }
        return mentions.stream().anyMatch(p -> p.type().equals("PERSON") && p.end() - sentence.start() == start - 2);
    }

    /** Whether the nearest mention on one side is a person joined to this one by a comma or "and". */
    private static boolean listed(Sentence sentence, List<Mention> mentions, int i, int step) {
        int j = i + step;
        if (j < 0 || j >= mentions.size() || !mentions.get(j).type().equals("PERSON")) {
            return false;
        }
        Mention a = step < 0 ? mentions.get(j) : mentions.get(i);
        Mention b = step < 0 ? mentions.get(i) : mentions.get(j);
        int from = a.end() - sentence.start();
        int to = b.start() - sentence.start();
        return from >= 0 && from <= to && to <= sentence.text().length()
                && BETWEEN.matcher(sentence.text().substring(from, to)).matches();
    }
}
