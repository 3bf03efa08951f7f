package org.floorcross.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the people who moved out of a sentence's PERSON mentions: those in the subject before the cue, those listed
 * ("including...", "They are...", "named the four as..."), and those given a councillor title; not speakers, party
 * leaders, or people the movers are measured against ("under Keir Starmer", "joined Nigel Farage's party").
 */
final class Movers {

    private static final Pattern NOT_MOVER = Pattern.compile("(?:\\b(?:party|national|Labour|Tory|Conservative|Reform"
            + "|Reform UK|Green|Lib Dem|SNP|Plaid|opposition|group|Liberal Democrat) leader|Prime Minister|First Minister"
            + "|\\bby|\\bunder|\\btold|\\bsaid|\\bagainst|(?<!along )(?<!together )\\bwith|\\bto|\\bsecretary|\\bchair(?:man|woman)?"
            + "|\\bspokes(?:man|woman|person)|\\bsucceed|\\bbehind|\\bfrom|\\brepresents|\\bfor|\\bbeside|\\bnext to"
            + "|\\b(?:allies|ally|friends?|supporters?|critics?|associates?|loyal to|close to) (?:of )?"
            + "|\\b(?:to|with|by|from|of|for|against|under|told) (?:the |their |its )?(?:[\\w-]+ ){0,2}leader"
            + "(?: of the council)?)\\s*,?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_INTRO = Pattern.compile("\\b(?:including|among them|among|namely|such as"
            + "|they are|they were|are|were|named (?:the \\w+ |them )?as|joined by|along with|alongside|and|as did|so did|as (?:has|have))\\b[^.]*$"
            + "|:\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** What introduces a list of movers in a following sentence (not a bare "and": "its leader, X, said..."). */
    private static final Pattern FOLLOW_INTRO = Pattern.compile("\\b(?:including|among them|among|namely|such as"
            + "|they are|they were|(?:the \\w+(?: \\w+)?|those|all \\w+) (?:are|were)|named (?:the \\w+ |them )?as|joined by"
            + "|along with|alongside|as did|so did|as (?:has|have))\\b[^.]*$|:\\s*$", Pattern.CASE_INSENSITIVE);
    /** A sentence opening that only describes the mover: "Former deputy leaders A...", "His deputy, B...". */
    private static final Pattern DESCRIBED = Pattern.compile("\\s*(?:(?:[Ff]ormer|[Ff]ellow|His|Her|Their|[Dd]eputy"
            + "|[Vv]eteran|[Ll]ong-serving|[Ss]enior|leaders?|cabinet|members?|councillors?|colleagues?|and)[ ,]+){1,4}");
    private static final Pattern FOREMOST = Pattern.compile("^\\W*(?:The |Among them )?(?:best[- ]known|most \\w+|first"
            + "|latest|newest|biggest name|highest[- ]profile|among them)(?: of them)? (?:was|is)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEECH = Pattern.compile("\\b(?:said|says|told|added|according)\\b");
    private static final Pattern PLACE_AFTER = Pattern.compile("^\\s+(?:ward|division|constituency|[Ww]ard|area)\\b");
    private static final Pattern STRICT_LIST = Pattern.compile("\\b(?:joined by|including|among them|they are"
            + "|they were|named (?:the \\w+ |them )?as)\\b");
    private static final Pattern SANCTIONED = Pattern.compile("\\b(?:whip (?:from|to)|suspended|expelled|readmitted"
            + "|reinstated|restored to)\\s+(?:(?:Cllr|Councillor|Coun|MP|MS|MSP|MLA)\\.?\\s+)?$");
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(?:Cllrs?|Councillors?|Coun)\\.?\\s*$");

    private Movers() {}

    /** The movers named in {@code [from, to)} of the sentence, the cue at {@code cueStart}. */
    static List<String> in(Sentence sentence, List<Mention> mentions, int from, int to, int cueStart) {
        String text = sentence.text();
        boolean agents = Bystanders.imposedBySubject(text, cueStart);
        Set<String> names = new LinkedHashSet<>();
        int rejectedEnd = -1;
        for (Mention m : mentions) {
            int start = m.start() - sentence.start();
            int end = Math.min(text.length(), m.end() - sentence.start());
            if (!m.type().equals("PERSON") || start < from || start >= to) {
                continue;
            }
            String before = text.substring(0, start);
            String name = Names.clean(text.substring(start, end));
            boolean subject = start < cueStart && !agents || LIST_INTRO.matcher(before.substring(Math.min(
                    before.length(), Math.max(from, cueStart)))).find() || TITLE_BEFORE.matcher(before).find();
            boolean sanctioned = SANCTIONED.matcher(before).find();
            boolean mover = name != null && (subject && !NOT_MOVER.matcher(before).find() || sanctioned)
                    && !Bystanders.coordinated(text, rejectedEnd, start);
            if (mover && plausible(text, name, end)) {
                names.add(name);
            } else {
                rejectedEnd = end;
            }
        }
        Names.titled(text).stream().filter(n -> n.start() >= from && n.start() < to).forEach(n -> names.add(n.name()));
        return List.copyOf(names);
    }

    /** Not a party's name, a possessive, a ward, or a former something with no seat. */
    private static boolean plausible(String text, String name, int end) {
        return !PartyLexicon.isPartyName(name) && !possessive(text, end)
                && !PLACE_AFTER.matcher(text.substring(end)).find() && !Bystanders.formerWithoutSeat(text, end);
    }

    /** Movers a later sentence lists explicitly ("He has been joined by A and by B"). */
    static List<String> listed(Sentence sentence, List<Mention> mentions) {
        String text = sentence.text();
        return PersonInSentence.in(sentence, mentions).stream()
                .filter(p -> STRICT_LIST.matcher(p.before()).find() && !SPEECH.matcher(p.before()).find()
                        && !Members.ownMove(text, p.end()))
                .map(PersonInSentence::name).distinct().toList();
    }

    /** Movers named by a sentence that follows a cue sentence: its subject, or a list it gives. */
    static List<String> following(Sentence sentence, List<Mention> mentions) {
        String text = sentence.text();
        Set<String> names = new LinkedHashSet<>();
        for (PersonInSentence person : PersonInSentence.in(sentence, mentions)) {
            String before = person.before();
            boolean opening = before.matches("(?s)\\s*(?:(?:Cllrs?\\.?|Councillors?|Coun\\.?|Mr|Mrs|Ms|Dr)\\s+)?")
                    || DESCRIBED.matcher(before).matches()
                    || FOREMOST.matcher(before).find();
            boolean listed = (!names.isEmpty() || FOLLOW_INTRO.matcher(before).find())
                    && !NOT_MOVER.matcher(before).find() && !SPEECH.matcher(before).find();
            if ((opening || listed) && plausible(text, person.name(), person.end())) {
                names.add(person.name());
            }
        }
        return List.copyOf(names);
    }

    private static boolean possessive(String text, int end) {
        return text.startsWith("'s", end) || text.startsWith("’s", end);
    }
}
