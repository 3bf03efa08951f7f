package org.floorcross.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people a sentence names as the subjects of what it says, the way reports name movers just after the lede:
 * "Pat and Ted Flynn, Peter Davison and Barbara Todd will sit as independents", "Cllr John Scott made the
 * announcement", "Keith Parry, Lisa Ford and Andrew Gibson accused the party". Each name comes with whether it is
 * titled as a representative, whether it stands as the sentence's subject, and whether it is described in a role that
 * speaks for others (a spokesperson, a chief executive, another party's leader).
 */
final class Naming {

    /**
     * A person named in a sentence.
     *
     * @param listed whether the sentence lists them as who the movers are ("They are A, B and C")
     */
    record Named(String name, boolean titled, boolean subject, boolean spokesperson, String party, boolean listed) {}

    private static final Set<String> TITLE_WORDS = Set.of("cllr", "cllrs", "councillor", "councillors", "coun",
            "mp", "msp", "ms", "am", "mla", "alderman");
    private static final Set<String> SPEAKING_ROLES = Set.of("spokesperson", "spokesman", "spokeswoman", "spokesmen",
            "chief", "executive", "officer", "secretary", "chairman", "chairwoman", "chair", "minister", "leader",
            "organiser", "agent", "director", "manager", "clerk", "mayor", "commissioner", "whip", "president",
            "chancellor", "premier", "editor", "reporter", "correspondent", "professor", "expert", "analyst");

    private Naming() {}

    /** The people the sentence names, in order, with how it names them. */
    static List<Named> in(Parse parse, PartyLexicon parties) {
        List<Named> found = new ArrayList<>();
        List<PartyMention> named = parties.find(parse.sentence().text());
        int base = parse.sentence().start();
        List<Parse.Token> tokens = parse.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).person() || i + 1 < tokens.size() && tokens.get(i + 1).person()
                    && tokens.get(i + 1).start() - tokens.get(i).end() <= 1) {
                continue; // the last word of a run of PERSON words heads the name
            }
            int first = i;
            while (first > 0 && tokens.get(first - 1).person() && tokens.get(first).start()
                    - tokens.get(first - 1).end() <= 1) {
                first--;
            }
            StringBuilder written = new StringBuilder();
            for (int k = first; k <= i; k++) {
                written.append(k > first ? " " : "").append(tokens.get(k).word());
            }
            String name = Names.clean(written.toString());
            if (name == null || PartyLexicon.isPartyName(name)) {
                continue;
            }
            Parse.Token head = tokens.get(i);
            boolean titled = first > 0 && TITLE_WORDS.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT))
                    || parse.children(head.index(), a -> a.is("appos") || a.is("compound")).stream()
                    .anyMatch(t -> TITLE_WORDS.contains(t.word().toLowerCase(Locale.ROOT)));
            boolean speaking = parse.children(head.index(), a -> a.is("appos") || a.is("compound") || a.is("amod"))
                    .stream().anyMatch(t -> SPEAKING_ROLES.contains(t.lemma()))
                    || first > 0 && SPEAKING_ROLES.contains(tokens.get(first - 1).lemma());
            int[] span = parse.span(head.index());
            String party = named.stream().filter(p -> p.start() + base >= span[0] && p.end() + base <= span[1])
                    .map(PartyMention::canonical).findFirst().orElse(null);
            found.add(new Named(name, titled, subject(parse, head.index()), speaking, party,
                    listed(parse, head.index())));
        }
        return found;
    }

    /** Whether the token is in the predicate of a copular list: "They are A, B and C", "Those who left are A". */
    private static boolean listed(Parse parse, int index) {
        for (int at = index, steps = 0; at >= 0 && steps < 3; steps++) {
            if (!parse.children(at, "cop").isEmpty() && !parse.children(at, "nsubj").isEmpty()) {
                return true;
            }
            Parse.Arc arc = parse.head(at);
            if (!(arc.is("conj") || arc.is("appos") || arc.is("list"))) {
                return false;
            }
            at = arc.head();
        }
        return false;
    }

    /** Whether the token is a subject of a clause, or listed with one (conjuncts, appositions, "including"). */
    private static boolean subject(Parse parse, int index) {
        for (int at = index, steps = 0; at >= 0 && steps < 4; steps++) {
            Parse.Arc arc = parse.head(at);
            if (arc.is("nsubj")) {
                return true;
            }
            if (!parse.children(at, "cop").isEmpty() && parse.children(at, "nsubj").stream().anyMatch(t ->
                    t.tag().startsWith("PRP") || t.tag().equals("CD") || t.tag().equals("DT")
                    || Set.of("councillor", "member", "mp", "msp", "rebel", "defector", "those", "seven", "councillors",
                    "members", "mps", "group", "other", "others").contains(t.lemma()))) {
                return true; // "They are Harbi Farah, ... and Erica Gbajumo": the predicate names them
            }
            if (!(arc.is("conj") || arc.is("appos") || arc.is("nmod") || arc.is("compound") || arc.is("dep")
                    || arc.is("list"))) {
                return false;
            }
            at = arc.head();
        }
        return false;
    }
}
