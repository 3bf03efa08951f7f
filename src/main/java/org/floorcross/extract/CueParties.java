package org.floorcross.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parties around a cue: the party right after it (or a generic "the party"), a continuation ("from X to
 * Y"), the movers' own party before it, the party "the party" means, and a named group formed or joined.
 */
final class CueParties {

    private static final Pattern FILLER = Pattern.compile("^(?:\\s*(?:the|their|his|her|its|ruling|national|local"
            + "|governing|main|official|parliamentary|council|council's|ranks of|an?|fellow|newly|launched|formed|Scottish|Welsh"
            + "|first|only|sole|ever|newly-formed|newly-launched|new|[A-Z][a-z]+ [A-Z][a-z]+(?:'s|’s)|[A-Z][a-z]+(?:'s|’s)))*\\s*$");
    private static final Pattern GENERIC = Pattern.compile("^\\s*(?:the|their|his|her|its|both|that) (?:party|group"
            + "|political party|parties|sides)\\b|^\\s*(?:parties|sides|allegiance)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP_NAME = Pattern.compile("\\b(?:(?:called|named) themselves|called|named|known as"
            + "|under the (?:banner|name)(?: of)?|sit as|sits as"
            + "|(?:new|breakaway|local|own) (?:local )?(?:group|outfit|grouping),)"
            + "(?: the)? [\"“‘']?([A-Z][\\w'’&-]*(?: (?:[A-Z][\\w'’&-]*|of|for|and|the|&))*)");
    private static final Pattern ACTOR = Pattern.compile("^\\s*(?:group\\s+)?(?:councillors?|cllrs?|members?|MPs?|MSPs?"
            + "|MSs?|MLAs?|leader|deputy|politicians?|representatives?|group|couns?)\\b");

    /** Movers owned by a party named before them: "(eight of) its councillors". */
    private static final Pattern OWNED = Pattern.compile("\\bits (?:own )?(?:\\w+ )?(?:councillors|members|cllrs|MPs"
            + "|MSPs|MSs|MLAs|representatives)\\b");

    /** "formed the West Vale Independents group": the capitalised name right before "group". */
    private static final Pattern NAMED_GROUP = Pattern.compile("^\\s*([A-Z][\\w'’&-]*(?:\\s+[A-Z][\\w'’&-]*){0,4})"
            + "\\s+(?:group|grouping)\\b");

    private CueParties() {}

    /** The party (or generic "the party") right after the cue, with only filler words between. */
    static Optional<PartyObject> object(String text, Cue cue, List<PartyMention> parties) {
        for (PartyMention p : parties) {
            if (p.start() >= cue.end() && FILLER.matcher(text.substring(cue.end(), p.start())).matches()) {
                return Optional.of(new PartyObject(p.group() ? "Independent" : p.canonical(), p.end(), false));
            }
        }
        Matcher generic = GENERIC.matcher(text.substring(cue.end()));
        return generic.find() ? Optional.of(new PartyObject(null, cue.end() + generic.end(), true)) : Optional.empty();
    }

    /** "from X to Y", "swapped X for Y": the party after {@code end} introduced by the word given. */
    static String continuation(String text, int end, List<PartyMention> parties, String word) {
        for (PartyMention p : parties) {
            if (p.start() >= end && text.substring(end, p.start()).matches("(?is)\\s*(?:in order )?" + word
                    + "(?: (?:join|sit with|sit as|become|stand for))?(?: the| an?)?(?: [A-Z][a-z]+ [A-Z][a-z]+(?:'s|’s))?"
                    + "(?: newly[- ]?(?:launched|formed))?(?: new)?\\s*")) {
                return p.canonical();
            }
        }
        return null;
    }

    /** A party named before the cue as the movers' own ("Labour councillor", "three Tories"). */
    static String subjectParty(String text, Cue cue, List<PartyMention> parties) {
        String subject = Clauses.subject(text, cue.start());
        int from = cue.start() - subject.length();
        String found = null;
        for (PartyMention p : parties) {
            if (p.start() >= from && p.end() <= cue.start() && !p.group()
                    && !text.substring(Math.max(0, p.start() - 5), p.start()).matches("(?is).*\\b(?:to|from|for)\\s+")
                    && (ACTOR.matcher(text.substring(p.end())).find() || !p.independent() && p.text().endsWith("s"))) {
                found = p.canonical();
            }
        }
        return found != null ? found : ownersParty(text, subject, from, parties);
    }

    /** "Labour lost control after eight of its councillors quit": the party named before "its" owns the movers. */
    private static String ownersParty(String text, String subject, int from, List<PartyMention> parties) {
        if (!OWNED.matcher(subject).find()) {
            return null;
        }
        String found = null;
        for (PartyMention p : parties) {
            if (p.end() <= from && !p.group() && !p.independent()) {
                found = p.canonical();
            }
        }
        return found;
    }

    /** The party "the party" means: the last one named before the cue in the sentence, else the article's. */
    static String contextParty(String text, Cue cue, List<PartyMention> parties, String articleParty) {
        String found = null;
        for (PartyMention p : parties) {
            if (p.end() <= cue.start() && !p.independent() && !p.group()) {
                found = p.canonical();
            }
        }
        return orElse(found, articleParty);
    }

    /** The last party named before the cue in the sentence, if it is not the one joined. */
    static String sentenceParty(String text, Cue cue, List<PartyMention> parties, String joined) {
        String found = contextParty(text, cue, parties, null);
        return found != null && !found.equals(joined) ? found : null;
    }

    static String otherParty(List<PartyMention> parties, String from, Cue cue) {
        return parties.stream().filter(p -> !p.canonical().equals(from) && !p.group() && p.start() >= 0)
                .map(PartyMention::canonical).findFirst().orElse(null);
    }

    static String groupName(String text, Cue cue, List<PartyMention> parties) {
        Matcher named = NAMED_GROUP.matcher(text.substring(cue.end()));
        if (named.find()) {
            return named.group(1);
        }
        Matcher m = GROUP_NAME.matcher(text);
        if (m.find(cue.start())) {
            String name = m.group(1).replaceAll("[\"”’']+$", "");
            if (!PartyLexicon.CANONICAL.contains(name) && !name.matches("(?i)independents?|an?")) {
                return name;
            }
        }
        return parties.stream().filter(p -> p.group() && p.start() >= cue.end()).map(PartyMention::canonical)
                .findFirst().orElse(null);
    }

    static String orElse(String a, String b) {
        return a != null ? a : b;
    }

    /** The party object of a cue: canonical name (null if generic) and where it ends. */
    record PartyObject(String party, int end, boolean generic) {}
}
