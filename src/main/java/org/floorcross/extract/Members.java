package org.floorcross.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Movers named after the news has been told, in the sentences that describe the group: "They are A, B and C", "the
 * nine are...", "The group is led by A and also includes B and C", "Among those leaving is A", "B is among those who
 * have left", "C, another of the defectors, said...", "The six – A (ward), B (ward) and C – said"; names in
 * brackets are wards.
 */
final class Members {

    /** A phrase before the names that says they are the movers. */
    private static final Pattern INTRO = Pattern.compile("(?:\\b(?:they|it|the(?: [\\w-]+){1,3}|those(?: \\w+ing"
            + "| who(?: \\w+){1,3})?|all \\w+|its members"
            + "|the group|the \\w+ group) (?:are|were|include|includes|included|comprise|comprises"
            + "|(?:is|are|was|were) led by)"
            + "|\\balso includes?|\\bamong (?:them|those|the \\w+)(?: \\w+)? (?:is|are|was|were)|\\bjoined by)\\b"
            + "[^.;]*$|^\\s*(?:the|all) \\w+ [–—][^.;]*$", Pattern.CASE_INSENSITIVE);
    /** A phrase right after a name that says they are one of the movers. */
    private static final Pattern AFTER = Pattern.compile("^(?:,\\s*(?:(?:another|one) of the (?:\\w+ )?(?:defectors"
            + "|rebels|group|breakaway|rebel councillors|\\d+|two|three|four|five|six|seven|eight|nine|ten|\\w+teen"
            + "|twenty|thirty)|(?:the )?(?:leader|deputy leader) of the (?:new|breakaway)"
            + " group)\\b|,?\\s*(?:is|was|are|were) (?:also )?among (?:those|the \\w+)\\b)", Pattern.CASE_INSENSITIVE);
    /** A descriptor that opens the sentence: "Another recruit, A", "His deputy, B". */
    private static final Pattern LEAD = Pattern.compile("^\\s*(?:Another|A fellow) (?:recruit|defector|rebel)\\w*,?\\s*$");
    private static final Pattern SPEECH_BEFORE = Pattern.compile("\\b(?:said|says|told|according to|thanked|urged"
            + "|accused|criticised|praised|welcomed|chose|chosen|picked|replaced|to replace)\\b");

    /** A place or body, not a person: "who represent Mill South", "sits in the European Parliament". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:represents?|of|for|in|at|on|from|to|with"
            + "|under|the)\\s+$");
    /** A name whose own move the sentence tells ("joined by C, who has left the Greens") belongs to that move. */
    private static final Pattern OWN_MOVE = Pattern.compile("^,?\\s*who (?:has|have|had) (?:also |now )?(?:left|quit"
            + "|resigned|defected|joined|crossed|switched)\\b");
    private static final Pattern MAY_NAME = Pattern.compile("(?i)^\\s*(?:the|all) \\w+ [–—]|\\b(?:(?:they|it"
            + "|the(?: [\\w-]+){1,3}|those|those who(?: \\w+){1,3}|all \\w+|its members"
            + "|the group|the \\w+ group|those \\w+ing) (?:are|were|include|includes|comprises?|(?:is|are|was|were) led by)"
            + "|also includes?|among|joined by|(?:another|one) of the|of the (?:new|breakaway) group"
            + "|another (?:recruit|defector|rebel))\\b");

    private Members() {}

    /** A cheap look at the text: false means the sentence ties nobody to the movers. */
    static boolean mayName(String text) {
        return MAY_NAME.matcher(text).find();
    }

    /** Whether the name ending at {@code end} is followed by a relative clause telling a move of its own. */
    static boolean ownMove(String text, int end) {
        return OWN_MOVE.matcher(text.substring(end)).find();
    }

    /** The people the sentence ties to the movers. */
    static List<String> named(Sentence sentence, List<Mention> mentions) {
        String text = sentence.text();
        List<String> names = new ArrayList<>();
        for (PersonInSentence person : PersonInSentence.in(sentence, mentions)) {
            String before = person.before();
            boolean member = INTRO.matcher(before).find() && !SPEECH_BEFORE.matcher(before).find()
                    || AFTER.matcher(text.substring(person.end())).find() || LEAD.matcher(before).find();
            if (member && !PLACE_BEFORE.matcher(before).find() && !PartyLexicon.isPartyName(person.name())
                    && before.lastIndexOf('(') <= before.lastIndexOf(')')
                    && !ownMove(text, person.end())
                    && !names.contains(person.name())) {
                names.add(person.name());
            }
        }
        return names;
    }
}
