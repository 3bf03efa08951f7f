package org.floorcross.extract;

import static org.floorcross.extract.CueParties.contextParty;
import static org.floorcross.extract.CueParties.continuation;
import static org.floorcross.extract.CueParties.groupName;
import static org.floorcross.extract.CueParties.object;
import static org.floorcross.extract.CueParties.orElse;
import static org.floorcross.extract.CueParties.otherParty;
import static org.floorcross.extract.CueParties.sentenceParty;
import static org.floorcross.extract.CueParties.subjectParty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.floorcross.extract.Cue.Kind;

/**
 * Reads the clues in one sentence: for each cue that is news (not background), the parties left and joined, the group
 * formed, the count, the people moving, the bodies named and the date. Cues of one kind that agree merge into one
 * clue; cues that disagree ("A joined the Greens, while B will sit as an independent") give one clue each.
 */
final class ClueReader {


    /** Nothing after the cue but the end of the clause: "X on A and Y on B also joined." */
    private static final Pattern BARE = Pattern.compile("^\\s*(?:too|also|as well|in|up)?\\s*(?:[.,;:!]|$)");
    private static final Pattern PRONOUN = Pattern.compile("^\\s*it\\b");
    private static final Pattern SITS_AS = Pattern.compile("(?is)(?:sit|sat|serv|continu|carr|bec|attend|is now|are now|listed"
            + "|recorded|designated).*");
    private static final Pattern INDEPENDENT_NEXT = Pattern.compile("(?i)^[\"“]?(?:non-aligned|unaffiliated|free independent"
            + "|independent)");
    /** "now sit with", "align with", "work together as": the company kept, named after the cue. */
    private static final Pattern COMPANY = Pattern.compile("(?is)(?:.*\\bwith|.*\\btogether as)");
    private static final Pattern COMPANY_NAME = Pattern.compile("^\\s*(?:the\\s+)?((?-i:[A-Z])[\\w'’&-]*(?:\\s+(?:"
            + "(?-i:[A-Z])[\\w'’&-]*|of|for|and|the)){1,5})");
    /** A company's name that is not a person's: three words or more, a possessive, or a word groups are named with. */
    private static final Pattern GROUPISH = Pattern.compile("(?:\\S+\\s+){2}\\S|['’]s\\b|\\b(?:Group|Voice|Alliance"
            + "|Independents?|Association|Forum|Residents|First|Together|Action|Coalition|Movement|Network)\\b");
    private static final Pattern EXPULSION = Pattern.compile("(?i)(?:expel|expuls|kicked).*");

    private final PartyLexicon lexicon;

    ClueReader(PartyLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Clue> read(Sentence sentence, List<Mention> mentions, List<BodyRef> bodies, LocalDate published,
                    String articleParty) {
        String text = sentence.text();
        List<PartyMention> parties = lexicon.find(text, published);
        int year = published == null ? 0 : published.getYear();
        List<Draft> drafts = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        List<Clue> clues = new ArrayList<>();
        List<String> leftEarlier = new ArrayList<>();
        Cue backgroundCue = null;
        for (Cue cue : CueFinder.find(text)) {
            String context = contextParty(text, cue, parties, articleParty);
            Optional<Draft> read = read(text, cue, parties, context, articleParty);
            String why = Background.reason(text, cue, year, sentence.index() < 3);
            if (why != null
                    || earlier(sentence, cue, mentions, published)
                    || backgroundCue != null && Background.completes(text, backgroundCue, cue)) {
                backgroundCue = cue;
                read.filter(d -> d.sitsAs()).ifPresent(d -> clues.add(d.toClue(cue.kind(), sentence,
                        Movers.in(sentence, mentions, 0, text.length(), cue.start()), bodies, List.of(), true)));
                read.filter(d -> cue.role() == Cue.Role.FROM && d.from() != null && !Background.composition(why))
                        .ifPresent(d -> leftEarlier.add(d.from()));
                continue;
            }
            read.ifPresent(draft -> add(drafts, kinds, cue.kind(), draft));
        }
        drafts.replaceAll(d -> leftEarlier.contains(d.from()) && d.to() != null && !d.to().equals("Independent")
                ? d.withFrom("Independent") : d);
        List<Mention> dates = mentions.stream().filter(m -> m.type().equals("DATE") && m.normalized() != null).toList();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            int from = i == 0 ? 0 : drafts.get(i - 1).cueStart();
            int to = i + 1 < drafts.size() ? drafts.get(i + 1).cueStart()
                    - Clauses.subject(text, drafts.get(i + 1).cueStart()).length() : text.length();
            if (drafts.size() > 1) {
                from = draft.cueStart() - Clauses.subject(text, draft.cueStart()).length();
            }
            clues.add(draft.toClue(kinds.get(i), sentence, Movers.in(sentence, mentions, from, to, draft.cueStart()),
                    bodies, dates, false));
        }
        return clues;
    }

    private static void add(List<Draft> drafts, List<Kind> kinds, Kind kind, Draft draft) {
        for (int i = 0; i < drafts.size(); i++) {
            if (kinds.get(i) == kind && drafts.get(i).compatible(draft)) {
                drafts.set(i, drafts.get(i).merge(draft));
                return;
            }
        }
        drafts.add(draft);
        kinds.add(kind);
    }

    /** Whether a date in the cue's clause puts the move well before publication (background). */
    private static boolean earlier(Sentence sentence, Cue cue, List<Mention> mentions, LocalDate published) {
        if (published == null) {
            return false;
        }
        int from = sentence.start() + Background.mainClauseStart(sentence.text(), cue.start(),
                cue.start() - Clauses.before(sentence.text(), cue.start()).length());
        int to = sentence.start() + cue.end() + Clauses.after(sentence.text(), cue.end()).length();
        return mentions.stream().filter(m -> m.type().equals("DATE") && m.start() >= from && m.end() <= to)
                .map(Mention::normalized).anyMatch(value -> Dates.before(value, published, 20));
    }

    private Optional<Draft> read(String text, Cue cue, List<PartyMention> parties, String context,
                                 String articleParty) {
        String subjectParty = subjectParty(text, cue, parties);
        Integer count = Counts.stated(text, cue.start()).or(() -> Counts.withCompany(text)).orElse(null);
        boolean sitsAs = SITS_AS.matcher(text.substring(cue.start(), cue.end())).matches()
                && INDEPENDENT_NEXT.matcher(text.substring(cue.end())).find();
        return switch (cue.role()) {
            case SELF -> Optional.of(self(text, cue, parties, subjectParty, context, count));
            case FROM -> object(text, cue, parties).map(o -> new Draft(o.generic() ? orElse(subjectParty, context)
                    : o.party(), continuation(text, o.end(), parties, "(?:to|for)"), null, count, cue.start(),
                    o.generic() ? 0.6 : 0.75, false)).or(() -> expulsion(text, cue, parties, count))
                    .or(() -> membership(text, cue, parties, context, count));
            case TO -> object(text, cue, parties).map(o -> {
                String to0 = o.generic() ? null : o.party();
                String from = orElse(continuation(text, o.end(), parties, LEFT_FIRST), orElse(subjectParty,
                        sitsAs ? null : sentenceParty(text, cue, parties, to0)));
                String to = o.generic() ? orElse(otherParty(parties, from, cue), text.substring(cue.end(), o.end())
                        .matches("(?is).*\\bparty\\b.*") ? differs(articleParty, from) : null) : o.party();
                return new Draft(from, to, groupName(text, cue, parties), count, cue.start(), 0.75, sitsAs);
            }).or(() -> fromTo(text, cue, parties, count))
                    .or(() -> implied(text, cue, parties, subjectParty, articleParty, count))
                    .or(() -> formedGroup(text, cue, parties, subjectParty, count))
                    .or(() -> companyKept(text, cue, subjectParty, count));
        };
    }

    private static final String LEFT_FIRST = "(?:from|after (?:leaving|quitting|resigning from)|having (?:left|quit))";

    /** "crossed the floor from Labour to Plaid Cymru". */
    private static Optional<Draft> fromTo(String text, Cue cue, List<PartyMention> parties, Integer count) {
        for (PartyMention p : parties) {
            if (p.start() >= cue.end() && text.substring(cue.end(), p.start()).matches("(?is)\\s*(?:of [^,]{1,40}? )?from"
                    + "(?: the)?\\s*")) {
                String to = continuation(text, p.end(), parties, "(?:to|for)");
                return to == null ? Optional.empty() : Optional.of(new Draft(p.canonical(), to, null, count, cue.start(),
                        0.8, false));
            }
        }
        return Optional.empty();
    }

    /** A join with no party after it: "joined it" (the party the sentence opens with), or "also joined" (the article's). */
    private static Optional<Draft> implied(String text, Cue cue, List<PartyMention> parties, String subjectParty,
                                           String articleParty, Integer count) {
        String after = text.substring(cue.end());
        String to = null;
        if (PRONOUN.matcher(after).find()) {
            to = parties.stream().filter(p -> p.end() <= cue.start() && !p.independent() && !p.group())
                    .map(PartyMention::canonical).findFirst().orElse(null);
        } else if (BARE.matcher(after).find() && !text.substring(cue.start(), cue.end()).matches("(?is)(?:sit|sat|bec|is|are|tak|took|form).*")) {
            to = articleParty;
        }
        String from = subjectParty != null && !subjectParty.equals(to) ? subjectParty : null;
        return to == null ? Optional.empty() : Optional.of(new Draft(from, to, null, count, cue.start(), 0.6, false));
    }

    /** "Labour has expelled Cllr X": an expulsion with no party after it leaves the party the sentence names. */
    private static Optional<Draft> expulsion(String text, Cue cue, List<PartyMention> parties, Integer count) {
        if (!EXPULSION.matcher(text.substring(cue.start(), cue.end())).matches()) {
            return Optional.empty();
        }
        return parties.stream().filter(p -> !p.independent() && !p.group()).findFirst()
                .map(p -> new Draft(p.canonical(), null, null, count, cue.start(), 0.7, false));
    }

    /** "gave up her Labour membership", "ended his membership": the party inside the cue, else the one in context. */
    private static Optional<Draft> membership(String text, Cue cue, List<PartyMention> parties, String context,
                                              Integer count) {
        if (!text.substring(cue.start(), cue.end()).endsWith("membership")) {
            return Optional.empty();
        }
        String left = parties.stream().filter(p -> p.start() >= cue.start() && p.end() <= cue.end() && !p.group())
                .map(PartyMention::canonical).findFirst().orElse(context);
        return Optional.ofNullable(left).map(p -> new Draft(p, null, null, count, cue.start(), 0.7, false));
    }

    private static String differs(String party, String from) {
        return party != null && !party.equals(from) ? party : null;
    }

    private Draft self(String text, Cue cue, List<PartyMention> parties, String subjectParty, String context,
                       Integer count) {
        String named = parties.stream().filter(p -> !p.independent() && !p.group()).map(PartyMention::canonical)
                .findFirst().orElse(cue.kind() == Kind.DEFECTION ? orElse(subjectParty, context) : null);
        if (count == null && cue.kind() != Kind.DEFECTION) {
            count = Counts.stated(text.substring(cue.end()) + " .", Clauses.after(text, cue.end()).length())
                    .orElse(null);
        }
        return switch (cue.kind()) {
            case SUSPENSION -> new Draft(named, null, null, count, cue.start(), named == null ? 0.4 : 0.75, false);
            case REINSTATEMENT -> new Draft(null, named, null, count, cue.start(), named == null ? 0.4 : 0.75, false);
            case DEFECTION -> {
                boolean floor = text.substring(cue.start(), cue.end()).toLowerCase().contains("floor");
                String to = floor ? otherParty(parties, subjectParty, cue) : null;
                yield new Draft(floor ? subjectParty : null, to, null, count, cue.start(), floor ? 0.7 : 0.3, false);
            }
        };
    }


    /** "The five now sit with Millbrook Voice": a named local grouping they join as independents. */
    private static Optional<Draft> companyKept(String text, Cue cue, String from, Integer count) {
        if (!COMPANY.matcher(text.substring(cue.start(), cue.end())).matches()) {
            return Optional.empty();
        }
        java.util.regex.Matcher name = COMPANY_NAME.matcher(text.substring(cue.end()));
        return name.find() && GROUPISH.matcher(name.group(1)).find() && !Leaders.possessive(name.group(1)) ? Optional.of(new Draft(from, "Independent", name.group(1).replaceAll("\\s+(?:of|for|and|the)$", ""),
                count, cue.start(), 0.6, false)) : Optional.empty();
    }

    private Optional<Draft> formedGroup(String text, Cue cue, List<PartyMention> parties, String from, Integer count) {
        if (!text.substring(cue.start(), cue.end()).matches("(?is)(?:form|set up|launch|establish|create).*")) {
            return Optional.empty();
        }
        return Optional.of(new Draft(from, "Independent", groupName(text, cue, parties), count, cue.start(), 0.6,
                false));
    }








}
