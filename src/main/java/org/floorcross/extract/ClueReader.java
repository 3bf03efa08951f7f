package org.floorcross.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.floorcross.extract.Cue.Kind;
import org.floorcross.extract.Cue.Role;

/**
 * Reads the clues in one sentence: for each kind of change with a cue that is news (not background), the parties
 * left and joined, the group formed, the count, the people moving, the bodies named and the date.
 */
final class ClueReader {

    private static final Pattern FILLER = Pattern.compile("^(?:\\s*(?:the|their|his|her|its|ruling|national|local"
            + "|governing|main|official|parliamentary|council|council's|ranks of|an?|fellow|newly-formed|new))*\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERIC = Pattern.compile("^\\s*(?:the|their|his|her|its) (?:party|group|political "
            + "party)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUP_NAME = Pattern.compile("\\b(?:called|named|known as|under the (?:banner|name))"
            + " (?:the )?[\"“‘']?([A-Z][\\w'’&-]*(?: (?:[A-Z][\\w'’&-]*|of|for|and|the))*)");
    private static final Pattern ACTOR = Pattern.compile("^\\s*(?:group\\s+)?(?:councillors?|cllrs?|members?|MPs?|MSPs?"
            + "|MSs?|MLAs?|leader|deputy|politicians?|representatives?|group|couns?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_MOVER = Pattern.compile("(?:\\b(?:party|national|Labour|Tory|Conservative|Reform"
            + "|Reform UK|Green|Lib Dem|SNP|Plaid|opposition) leader|Prime Minister|\\bby|\\bunder|\\btold|\\bsaid"
            + "|\\bagainst|\\bwith|\\bto|\\bsecretary|\\bchair(?:man|woman)?|\\bspokes(?:man|woman|person))\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_INTRO = Pattern.compile("\\b(?:including|among them|among|namely|such as"
            + "|they are|they were|are|were)\\b[^.]*$", Pattern.CASE_INSENSITIVE);

    private final PartyLexicon lexicon;

    ClueReader(PartyLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Clue> read(Sentence sentence, List<Mention> mentions, List<BodyRef> bodies, int publishedYear) {
        String text = sentence.text();
        List<PartyMention> parties = lexicon.find(text);
        Map<Kind, Draft> drafts = new EnumMap<>(Kind.class);
        for (Cue cue : CueFinder.find(text)) {
            if (Background.reason(text, cue, publishedYear) == null) {
                read(text, cue, parties).ifPresent(found -> drafts.merge(cue.kind(), found, Draft::merge));
            }
        }
        List<Clue> clues = new ArrayList<>();
        drafts.forEach((kind, draft) -> clues.add(draft.toClue(kind, sentence, people(sentence, mentions, draft.cueStart()),
                bodies, dates(mentions))));
        return clues;
    }

    private Optional<Draft> read(String text, Cue cue, List<PartyMention> parties) {
        String subjectParty = subjectParty(text, cue, parties);
        Integer count = Counts.stated(text, cue.start()).orElse(null);
        double strength = 0.55;
        return switch (cue.role()) {
            case SELF -> Optional.of(self(text, cue, parties, subjectParty, count));
            case FROM -> object(text, cue, parties).map(o -> o.generic()
                    ? new Draft(subjectParty, continuation(text, o.end(), parties, "to"), null, count, cue.start(), strength)
                    : new Draft(o.party(), continuation(text, o.end(), parties, "to"), null, count, cue.start(), 0.75));
            case TO -> object(text, cue, parties).filter(o -> !o.generic()).map(o -> {
                String from = Optional.ofNullable(continuation(text, o.end(), parties, "from")).orElse(subjectParty);
                String group = groupName(text, cue, parties);
                return new Draft(from, o.party(), group, count, cue.start(), 0.75);
            }).or(() -> formedGroup(text, cue, parties, subjectParty, count));
        };
    }

    private Draft self(String text, Cue cue, List<PartyMention> parties, String subjectParty, Integer count) {
        PartyMention party = parties.stream().filter(p -> !p.independent()).findFirst().orElse(null);
        String name = party == null ? subjectParty : party.canonical();
        return switch (cue.kind()) {
            case SUSPENSION -> new Draft(name, null, null, count, cue.start(), name == null ? 0.5 : 0.75);
            case REINSTATEMENT -> new Draft(null, name, null, count, cue.start(), name == null ? 0.5 : 0.75);
            case DEFECTION -> {
                String to = parties.stream().filter(p -> p.start() > cue.end()).map(PartyMention::canonical)
                        .findFirst().orElse(null);
                yield new Draft(text.matches("(?is).*\\bcross\\w* the floor.*") ? subjectParty : null,
                        text.matches("(?is).*\\bcross\\w* the floor.*") ? to : null, null, count, cue.start(), 0.4);
            }
        };
    }

    private Optional<Draft> formedGroup(String text, Cue cue, List<PartyMention> parties, String from, Integer count) {
        if (!text.substring(cue.start(), cue.end()).matches("(?is)(?:form|set up|launch|establish|create).*")) {
            return Optional.empty();
        }
        return Optional.of(new Draft(from, "Independent", groupName(text, cue, parties), count, cue.start(), 0.6));
    }

    /** The party (or generic "the party") right after the cue, with only filler words between. */
    private static Optional<PartyObject> object(String text, Cue cue, List<PartyMention> parties) {
        for (PartyMention p : parties) {
            if (p.start() >= cue.end() && FILLER.matcher(text.substring(cue.end(), p.start())).matches()) {
                return Optional.of(new PartyObject(p.canonical(), p.end(), false));
            }
        }
        Matcher generic = GENERIC.matcher(text.substring(cue.end()));
        return generic.find() ? Optional.of(new PartyObject(null, cue.end() + generic.end(), true)) : Optional.empty();
    }

    /** "from X to Y": the party after {@code end} introduced by the word given. */
    private static String continuation(String text, int end, List<PartyMention> parties, String word) {
        for (PartyMention p : parties) {
            if (p.start() >= end && text.substring(end, p.start()).matches("(?is)\\s*(?:in order )?" + word
                    + "(?: (?:join|sit with|sit as|become))?(?: the| an?)?\\s*")) {
                return p.canonical();
            }
        }
        return null;
    }

    /** A party named before the cue as the movers' own ("Labour councillor", "three Tories"). */
    private static String subjectParty(String text, Cue cue, List<PartyMention> parties) {
        String subject = Clauses.subject(text, cue.start());
        int from = cue.start() - subject.length();
        String found = null;
        for (PartyMention p : parties) {
            if (p.start() >= from && p.end() <= cue.start() && !p.independent()
                    && !text.substring(Math.max(0, p.start() - 5), p.start()).matches("(?is).*\\b(?:to|from|for)\\s+")
                    && (ACTOR.matcher(text.substring(p.end())).find() || p.text().endsWith("s"))) {
                found = p.canonical();
            }
        }
        return found;
    }

    private static String groupName(String text, Cue cue, List<PartyMention> parties) {
        Matcher m = GROUP_NAME.matcher(text);
        if (m.find(cue.start())) {
            return m.group(1).replaceAll("[\"”’']+$", "");
        }
        return parties.stream().filter(p -> p.group() && p.start() >= cue.end()).map(PartyMention::canonical)
                .findFirst().orElse(null);
    }

    private static List<String> people(Sentence sentence, List<Mention> mentions, int cueStart) {
        String text = sentence.text();
        Set<String> names = new LinkedHashSet<>();
        for (Mention m : mentions) {
            int start = m.start() - sentence.start();
            if (!m.type().equals("PERSON") || start < 0 || start >= text.length()) {
                continue;
            }
            String before = text.substring(0, start);
            String name = Names.clean(text.substring(start, Math.min(text.length(), m.end() - sentence.start())));
            boolean subject = start < cueStart || LIST_INTRO.matcher(before).find()
                    || before.matches("(?s).*\\b(?:Cllrs?|Councillors?|Coun)\\.?\\s*$");
            if (name != null && subject && !NOT_MOVER.matcher(before).find()
                    && !text.startsWith("'s", m.end() - sentence.start())
                    && !text.startsWith("’s", m.end() - sentence.start())) {
                names.add(name);
            }
        }
        Names.titled(text).forEach(n -> names.add(n.name()));
        return List.copyOf(names);
    }

    private static List<Mention> dates(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.type().equals("DATE") && m.normalized() != null).toList();
    }

    private record PartyObject(String party, int end, boolean generic) {}
}
