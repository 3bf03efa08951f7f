package org.floorcross.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.floorcross.extract.Cue.Kind;
import org.floorcross.extract.Move.Act;
import org.floorcross.extract.Move.Telling;
import org.floorcross.register.Body;
import org.floorcross.register.BodyKind;

/**
 * The article-level model of the story: which of the moves its clauses tell are the article's own news, which
 * are what it recalls, and how the news moves combine into events. News moves about the same movers and the same
 * direction merge (a lede's "two councillors quit Labour", the next sentence's names, "they will sit as
 * independents"); what the article recalls fills in the status before the news ("had quit the Tories last year"
 * makes a join from Independent); moves the article only considers, denies or recalls are not events.
 */
final class Chronicle {

    /** Everything about the article the story model needs besides its moves. */
    record Setting(String text, LocalDate published, List<Sentence> sentences, List<BodyMention> bodies,
                   Optional<BodyRef> mainBody, String articleParty, java.util.function.Function<Sentence, Parse> parses) {}

    private final Directory directory;
    private final PartyLexicon parties;

    Chronicle(Directory directory, PartyLexicon parties) {
        this.directory = directory;
        this.parties = parties;
    }

    List<ExtractedEvent> events(List<Move> read, Setting setting) {
        List<Move> moves = resolve(read, setting);
        List<Event> events = new ArrayList<>();
        for (Move move : moves) {
            if (!move.news() || !move.movers().representatives() || formerRepresentatives(move, setting)) {
                continue;
            }
            List<BodyRef> where = where(move, setting);
            boolean late = move.sentence().index() > openingEnd(setting.sentences());
            Event event = events.stream().filter(e -> e.accepts(move, where) && !(late && e.namesOthers(move)))
                    .findFirst().orElse(null);
            if (event == null) {
                if (move.act() == Act.SIT && events.stream().anyMatch(e -> e.kind == Kind.SUSPENSION)) {
                    events.stream().filter(e -> e.kind == Kind.SUSPENSION && (e.sameMovers(move)
                            || move.movers().people().isEmpty())).findFirst().ifPresent(e -> e.destination(move));
                    continue; // "is now listed as an independent" after a suspension: where they sit
                }
                if (move.movers().firstPerson()) {
                    continue;
                }
                events.add(new Event(move, where));
            } else {
                event.add(move);
            }
        }
        for (Move hint : moves) {
            if (hint.telling() == Telling.IRREALIS && (hint.act() == Act.SIT || hint.act() == Act.FORM)) {
                boolean opening = hint.sentence().index() <= openingEnd(setting.sentences());
                events.stream().filter(e -> (e.sameMovers(hint) || e.people.isEmpty() || opening && e == events.get(0))
                        && (e.openTo() || "Independent".equals(e.to) && "Independent".equals(hint.to())))
                        .findFirst().ifPresent(e -> e.destination(hint));
            }
        }
        keepTheStory(events, moves, setting);
        recall(events, moves);
        origins(events, setting);
        settle(events, setting);
        name(events, setting);
        return place(events, setting);
    }

    /**
     * Whether movers described as "former" representatives no longer sit. Reports use "former MP" and "former
     * Conservative MP" for people who left the seat far more often than for sitting members who left the party, so
     * "former" with a title means no seat unless the article says they hold one ("who represents", "the party's
     * second MS", "gains its first seat in Parliament", "the first sitting Tory MP").
     */
    private static boolean formerRepresentatives(Move move, Setting setting) {
        if (!move.movers().former() || move.movers().title() == null) {
            return false;
        }
        if (NTH_FORMER.matcher(setting.text()).find()) {
            return true; // "Caulfield is the 15th former Tory MP to join the party"
        }
        return !SITTING.matcher(setting.text()).find();
    }

    private static final java.util.regex.Pattern NTH_FORMER = java.util.regex.Pattern.compile("(?i)\\b(?:is|was|becomes?"
            + "|became) the (?:latest|\\w+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth) former (?:[a-z]+ )?"
            + "(?:mps?|msps?|councillors?|mss?|mlas?)\\b");
    private static final java.util.regex.Pattern SITTING = java.util.regex.Pattern.compile("(?i)\\b(?:sitting (?:mp"
            + "|msp|ms|mla|councillor)|who (?:still )?represents|(?:first|second|third|fourth|fifth|sixth|only) (?:mp|msp"
            + "|ms|member of the senedd|mla|seat in (?:parliament|the commons))|gains? (?:its |their )?first (?:seat|mp))");
    /**
     * The article's own news is told in its opening (its first three sentences of some length: headlines, datelines
     * and bylines aside). An event first told later is kept only when the clause dates it to the present, adds it
     * to the news ("also", "another councillor"), or continues a round-up the opening began (same kind, same party
     * joined). An article whose opening move is denied or only possible is about a move that did not happen: its
     * other moves are context unless so marked.
     */
    private static void keepTheStory(List<Event> events, List<Move> moves, Setting setting) {
        int opening = openingEnd(setting.sentences());
        Move topic = moves.stream().filter(m -> m.act() != Act.ELECTED && m.telling() != Telling.STATE
                && m.telling() != Telling.PAST).findFirst().orElse(null);
        boolean notHappened = topic != null && topic.sentence().index() <= opening
                && topic.parse().token(topic.trigger()).verb() && (topic.telling() == Telling.NEGATED
                || topic.telling() == Telling.IRREALIS && NOT_YET.matcher(topic.sentence().text()).find());
        List<Event> leads = events.stream().filter(e -> e.first() <= opening && !notHappened).toList();
        events.removeIf(e -> !leads.contains(e) && e.moves.stream().noneMatch(m -> m.now() || m.also())
                && leads.stream().noneMatch(l -> l.kind == e.kind && Objects.equals(destination(l), destination(e))
                && (l.from == null || MoveReader.CONTEXT.equals(l.from) || Objects.equals(l.from, e.from))));
    }

    /** Words that make an opening's possible move one that has not happened ("is considering", "denied"). */
    private static final java.util.regex.Pattern NOT_YET = java.util.regex.Pattern.compile("(?i)\\b(?:consider"
            + "|mull|weigh|rumou?r|speculat|den(?:y|ies|ied)|threat|could|may|might|poised|tipped|set to|expected to"
            + "|refus|rule[sd]? out|no intention|would|\\bif\\b|warn|claims?\\b|hit out|dismiss)");

    /** Where an event's movers went, leaving without joining being sitting as an independent. */
    private static String destination(Event e) {
        return e.to == null && e.kind == Kind.DEFECTION ? "Independent" : e.to;
    }

    /** The index of the last sentence of the opening: the first three with five words or more. */
    private static int openingEnd(List<Sentence> sentences) {
        int substantive = 0;
        for (Sentence sentence : sentences) {
            if (sentence.text().strip().split("\\s+").length >= 5 && ++substantive == 3) {
                return sentence.index();
            }
        }
        return sentences.isEmpty() ? 0 : sentences.get(sentences.size() - 1).index();
    }

    /** Movers named by a pronoun or a description take the last named movers; "the party" takes the article's. */
    private List<Move> resolve(List<Move> read, Setting setting) {
        List<Move> moves = new ArrayList<>();
        Move.Movers last = null;
        for (Move move : read) {
            Move.Movers movers = move.movers();
            if (movers.people().isEmpty() && movers.pronoun() && last != null) {
                movers = new Move.Movers(last.people(), movers.count() == null ? last.count() : movers.count(),
                        movers.party() == null ? last.party() : movers.party(),
                        movers.title() == null ? last.title() : movers.title(), movers.former(), true,
                        movers.representatives(), movers.firstPerson(), movers.mixed(), movers.start());
            }
            // "the party" is the party the movers are described by; what is left open is settled after the recall
            String context = movers.party() != null && !movers.party().equals("Independent") ? movers.party()
                    : MoveReader.CONTEXT;
            String from = MoveReader.CONTEXT.equals(move.from()) ? context : move.from();
            String to = MoveReader.CONTEXT.equals(move.to()) ? context : move.to();
            if (from == null && (move.act() == Act.JOIN || move.act() == Act.SWITCH) && movers.party() != null
                    && !movers.party().equals(to) && !movers.former()) {
                from = movers.party(); // "an independent councillor has joined Reform", "a Tory MSP defected"
            }
            Move resolved = move.withMovers(movers).withParties(from, to);
            moves.add(resolved);
            if (move.news() && move.movers().representatives()
                    && (!move.movers().people().isEmpty() || move.movers().count() != null)) {
                last = resolved.movers(); // only the news's movers are what a later "they" or "the defection" means
            }
        }
        return moves;
    }

    /**
     * What the article recalls about the news movers settles where they stood: the party they were elected for or
     * joined before ("elected for the SNP", "who had defected to the Lib Dems"), then an earlier exit, which makes a
     * join from Independent ("resigned from the group last year to sit as an independent").
     */
    private static void recall(List<Event> events, List<Move> moves) {
        for (Event event : events) {
            for (Move earlier : moves) {
                if (history(earlier) && event.sameMovers(earlier) && earlier.to() != null
                        && !MoveReader.CONTEXT.equals(earlier.to()) && !earlier.to().equals(event.to)
                        && (event.from == null || MoveReader.CONTEXT.equals(event.from))) {
                    event.from = earlier.to();
                }
            }
            for (Move earlier : moves) {
                if (earlier.news() || earlier.telling() == Telling.NEGATED || earlier.telling() == Telling.IRREALIS
                        || earlier.movers().firstPerson() || !event.sameMovers(earlier)) {
                    continue;
                }
                boolean left = earlier.act() == Act.LEAVE || earlier.act() == Act.EXPEL
                        || earlier.act() == Act.SIT && "Independent".equals(earlier.to())
                        || earlier.kind() == Kind.SUSPENSION;
                if (left && event.kind == Kind.DEFECTION && event.to != null && !"Independent".equals(event.to)
                        && (event.from == null || MoveReader.CONTEXT.equals(event.from)
                        || event.from.equals(earlier.from()) || MoveReader.CONTEXT.equals(earlier.from()))) {
                    event.from = "Independent";
                }
                if (earlier.act() == Act.SIT && "Independent".equals(earlier.to()) && event.kind == Kind.REINSTATEMENT
                        && event.from == null) {
                    event.from = "Independent";
                }
            }
        }
    }

    /** A recalled move that says which party the movers belonged to: elected for it, or joined it before. */
    private static boolean history(Move move) {
        return !move.news() && move.telling() != Telling.NEGATED && move.telling() != Telling.IRREALIS
                && (move.act() == Act.ELECTED || move.act() == Act.JOIN || move.act() == Act.SWITCH);
    }

    /**
     * The movers a report names after its lede: in the sentence that tells the event and the few after it (until
     * another event is told), people titled as representatives, or standing as the subject of the sentence right
     * after the lede; never a spokesperson, an official or someone described by another party.
     */
    private void name(List<Event> events, Setting setting) {
        for (Event e : events) {
            int first = e.first();
            int told = e.moves.stream().mapToInt(m -> m.sentence().index()).max().orElse(first);
            for (int i = first; i < setting.sentences().size(); i++) {
                if (full(e)) {
                    break;
                }
                int index = i;
                if (i > first && events.stream().anyMatch(o -> o != e && o.moves.stream()
                        .anyMatch(m -> m.sentence().index() == index))) {
                    break;
                }
                if (i > first + 5 && !TITLED.matcher(setting.sentences().get(i).text()).find()) {
                    continue; // beyond the lede's paragraphs only roster-confirmed councillors are looked for
                }
                Sentence sentence = setting.sentences().get(i);
                for (Naming.Named named : Naming.in(setting.parses().apply(sentence), parties)) {
                    boolean other = named.party() != null && !named.party().equals(e.from)
                            && !named.party().equals(e.to) && !named.party().equals("Independent");
                    boolean known = events.stream().anyMatch(o -> o.people.stream().anyMatch(p ->
                            Event.samePerson(p, named.name())));
                    if (!named.spokesperson() && !other && !known && (named.titled() && i <= first + 4
                            || named.listed() && i <= first + 4 || named.subject() && i <= Math.max(first, told) + 1
                            || named.titled() && onRoster(e, named.name(), setting.published())) && !full(e)) {
                        e.people.add(named.name());
                    }
                }
            }
        }
    }

    /** A titled name anywhere in the article whom the rosters seat on the event's body in the party left. */
    private boolean onRoster(Event e, String name, LocalDate at) {
        if (e.from == null || e.bodies.isEmpty()) {
            return false;
        }
        return directory.members(name, at).stream().anyMatch(m -> e.bodies.stream().anyMatch(b -> b.body() != null
                && b.body().id().equals(m.body().id())) && e.from.equals(m.seat().party()));
    }

    private static final java.util.regex.Pattern TITLED = java.util.regex.Pattern.compile("\\b(?:Cllr|Councillor|Coun)\\b");

    private static boolean full(Event e) {
        return e.count == null ? !e.people.isEmpty() : e.people.size() >= e.count;
    }

    /**
     * A join told without the party left takes the party the report describes the movers by near its lede ("the
     * first sitting Conservative MP to do so", "the Tory MP for Dover"); never the party joined, never a "former" one.
     */
    private void origins(List<Event> events, Setting setting) {
        for (Event e : events) {
            if (e.kind != Kind.DEFECTION || e.to == null || e.to.equals("Independent")
                    || e.from != null && !MoveReader.CONTEXT.equals(e.from)) {
                continue;
            }
            int first = e.first();
            search:
            for (int i = Math.max(0, first - 1); i < Math.min(setting.sentences().size(), first + 3); i++) {
                String text = setting.sentences().get(i).text();
                for (PartyMention p : parties.find(text, setting.published())) {
                    String before = text.substring(0, p.start());
                    if (!p.canonical().equals(e.to) && !p.independent() && !p.group()
                            && (DESCRIBES.matcher(text.substring(p.end())).lookingAt()
                            || before.matches("(?s).*\\b(?:as|was) an?\\s+$"))
                            && !before.matches("(?s).*\\b(?:[Ff]ormer|[Ee]x-?)\\s*$")) {
                        e.from = p.canonical();
                        break search;
                    }
                }
            }
        }
    }

    /** What follows a party word that describes a representative: "Conservative MP", "Tory group leader". */
    private static final java.util.regex.Pattern DESCRIBES = java.util.regex.Pattern.compile(
            "\\s+(?:(?:county|borough|district|city|town|parish|group|party|deputy) ){0,2}(?:MPs?|MSPs?|MSs?|AMs?|MLAs?"
            + "|[Cc]ouncillors?|Cllrs?|[Mm]ember of|[Gg]roup leader|politician)\\b");

    /** The defaults the conventions give: leaving without joining sits as an independent; a Commons whip too. */
    private static void settle(List<Event> events, Setting setting) {
        for (Event e : events) {
            e.from = MoveReader.CONTEXT.equals(e.from) ? setting.articleParty() : e.from;
            e.to = MoveReader.CONTEXT.equals(e.to) ? setting.articleParty() : e.to;
            if (e.kind == Kind.DEFECTION) {
                if (e.from == null && e.describedBy != null && !e.describedBy.equals(e.to)) {
                    e.from = e.describedBy;
                }
                if (e.to == null && (e.from != null || e.group != null)) {
                    e.to = "Independent";
                }
            }
            if (e.kind == Kind.SUSPENSION && e.from == null) {
                e.from = e.describedBy != null && !e.describedBy.equals("Independent") ? e.describedBy
                        : setting.articleParty();
            }
            if (e.kind == Kind.REINSTATEMENT && e.to == null) {
                e.to = e.describedBy != null && !e.describedBy.equals("Independent") ? e.describedBy
                        : setting.articleParty();
            }
        }
        events.removeIf(e -> e.kind == Kind.DEFECTION && (e.from == null && (e.to == null || e.to.equals("Independent"))
                || Objects.equals(e.from, e.to) && e.group == null));
    }

    /**
     * A named mover the report seats on a second council ("the Ryde town councillor and Isle of Wight councillor",
     * "who sits on Dronfield Town Council as well as North East Derbyshire District Council") moves on both: the
     * councils named in seat phrases in the sentences about them join the event's body.
     */
    private static void seatsNamed(List<Event> events, Setting setting) {
        for (Event e : events) {
            if (e.people.isEmpty() || e.bodies.stream().anyMatch(BodyRef::parliament)) {
                continue;
            }
            Set<BodyRef> seated = new LinkedHashSet<>();
            int first = e.first();
            for (Sentence sentence : setting.sentences()) {
                if (sentence.index() < first - 1 || sentence.index() > first + 5) {
                    continue;
                }
                for (BodyMention mention : setting.bodies()) {
                    if (mention.start() >= sentence.start() && mention.end() <= sentence.end() && mention.explicit()
                            && !mention.ref().parliament() && seatPhrase(setting.text(), mention)
                            && seatedOwner(setting.text(), sentence, mention, events).map(o -> o == e)
                            .orElse(sentence.index() == first || e.people.stream().anyMatch(p -> sentence.text()
                                    .contains(p.substring(p.lastIndexOf(' ') + 1))))) {
                        seated.add(mention.ref());
                    }
                }
            }
            if (seated.isEmpty() || e.bodies.containsAll(seated)) {
                continue;
            }
            if (!e.explicitBody) {
                e.bodies.clear(); // the report seats them itself: that beats the article's main council
                e.bodies.addAll(seated);
            } else if (seated.stream().anyMatch(e.bodies::contains) || seated.stream().allMatch(BodyRef::parish)
                    && e.bodies.stream().noneMatch(BodyRef::parish)) {
                e.bodies.addAll(seated);
            }
        }
    }

    /**
     * Whose seat a seat phrase names: the event whose mover is named nearest before it in the sentence ("Cllr Todd
     * sits on Richmondshire District Council and Cllr Cross and Cllr Jay-Hanmer sit on Scarborough"), if any.
     */
    private static Optional<Event> seatedOwner(String text, Sentence sentence, BodyMention mention, List<Event> events) {
        Event owner = null;
        int best = -1;
        for (Event e : events) {
            for (String person : e.people) {
                String surname = person.substring(person.lastIndexOf(' ') + 1);
                int at = text.lastIndexOf(surname, mention.start());
                if (at >= sentence.start() && at > best) {
                    best = at;
                    owner = e;
                }
            }
        }
        return Optional.ofNullable(owner);
    }

    /** Whether a council is named as the one someone sits on: "councillor on X", "sits on X", "X councillor". */
    private static boolean seatPhrase(String text, BodyMention mention) {
        String before = text.substring(Math.max(0, mention.start() - 45), mention.start()).toLowerCase(java.util.Locale.ROOT);
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 14))
                .toLowerCase(java.util.Locale.ROOT);
        return SEAT_BEFORE.matcher(before).find() || after.matches("(?s)^\\s*(?:\\w+ )?councillors?\\b.*")
                || text.substring(mention.start(), mention.end()).toLowerCase(java.util.Locale.ROOT).endsWith("councillor");
    }

    private static final java.util.regex.Pattern SEAT_BEFORE = java.util.regex.Pattern.compile("(?:councillors? (?:on|for"
            + "|at)|sits? on|serves? on|sat on|member of|members of|represents? [\\w' -]+ on|seats? on|both)"
            + "(?: the| both)?\\s*$");

    /**
     * A lede's number for several events ("Three councillors have defected to UKIP" over one Tory and two
     * independents): when the named movers of the events that share its destination add up to it, each event
     * counts its own.
     */
    private static void shareCounts(List<Event> events) {
        for (Event e : events) {
            List<Event> same = events.stream().filter(o -> o.kind == e.kind && Objects.equals(o.to, e.to)).toList();
            int named = same.stream().mapToInt(o -> o.people.size()).sum();
            if (same.size() > 1 && e.count != null && e.count == named && e.people.size() < e.count) {
                same.forEach(o -> o.count = o.people.isEmpty() ? o.count : o.people.size());
            }
        }
    }

    private List<ExtractedEvent> place(List<Event> events, Setting setting) {
        seatsNamed(events, setting);
        shareCounts(events);
        Map<String, ExtractedEvent> out = new LinkedHashMap<>();
        for (Event e : events) {
            List<String> everyone = e.people.stream().map(p -> Names.expand(p, setting.text()))
                    .filter(Objects::nonNull).distinct().toList();
            Map<BodyRef, List<String>> byBody = seatPeople(e, everyone, setting);
            for (BodyRef body : e.bodies) {
                if (e.kind == Kind.SUSPENSION && e.to == null && body.parliament()
                        && body.name().equals("House of Commons")) {
                    e.to = "Independent";
                }
                String key = e.kind.label + "|" + body.key() + "|" + e.from + "|" + e.to;
                List<String> people = byBody.get(body);
                Integer count = e.bodies.size() == 1 ? (e.count != null ? e.count : people.isEmpty() ? null
                        : people.size()) : e.count != null && e.count == everyone.size() || everyone.size() == 1
                        ? (people.isEmpty() ? null : people.size()) : null;
                ExtractedEvent event = new ExtractedEvent(e.kind.label, body.name(), body.id(), e.from, e.to, e.group,
                        count, people, e.date, e.datePrecision, 0.8, e.evidence());
                out.merge(key, event, Chronicle::merge);
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * Who moved on which body when an event spans several: one mover moves on each; several go to the bodies the
     * rosters seat them on, else to the first principal council among them.
     */
    private Map<BodyRef, List<String>> seatPeople(Event e, List<String> everyone, Setting setting) {
        Map<BodyRef, List<String>> byBody = new LinkedHashMap<>();
        e.bodies.forEach(b -> byBody.put(b, new ArrayList<>()));
        if (e.bodies.size() == 1 || everyone.size() == 1) {
            byBody.replaceAll((b, list) -> new ArrayList<>(everyone));
            return byBody;
        }
        BodyRef fallback = e.bodies.stream().filter(b -> !b.parish()).findFirst().orElse(e.bodies.iterator().next());
        for (String person : everyone) {
            List<BodyRef> seats = Stories.seats(directory, person, setting.published()).stream()
                    .map(b -> new BodyRef(b.name(), b)).filter(e.bodies::contains).toList();
            (seats.isEmpty() ? List.of(fallback) : seats).forEach(b -> byBody.get(b).add(person));
        }
        return byBody;
    }

    private static ExtractedEvent merge(ExtractedEvent a, ExtractedEvent b) {
        List<String> people = new ArrayList<>(a.people());
        b.people().stream().filter(p -> !people.contains(p)).forEach(people::add);
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        b.evidence().stream().filter(x -> !evidence.contains(x)).forEach(evidence::add);
        Integer count = a.count() == null ? b.count() : b.count() == null ? a.count() : Math.max(a.count(), b.count());
        return new ExtractedEvent(a.kind(), a.body(), a.bodyId(), a.from(), a.to(), a.group() != null ? a.group()
                : b.group(), count, people, a.date() != null ? a.date() : b.date(), a.date() != null
                ? a.datePrecision() : b.datePrecision(), a.confidence(), evidence);
    }

    /**
     * Where a move happened: the bodies named with its movers; a parliament by their title ("MP"); the first
     * council its sentence names; the body the rosters seat its named movers on; the article's main body.
     */
    private List<BodyRef> where(Move move, Setting setting) {
        if (!move.bodies().isEmpty()) {
            return move.bodies();
        }
        Optional<BodyRef> parliament = parliament(move.movers().title()).flatMap(name -> directory.body(name)
                .map(b -> new BodyRef(b.name(), b)));
        if (parliament.isPresent()) {
            return List.of(parliament.get());
        }
        List<BodyRef> inSentence = setting.bodies().stream().filter(b -> b.start() >= move.sentence().start()
                && b.end() <= move.sentence().end() && !b.ref().parliament()).map(BodyMention::ref).distinct()
                .toList();
        if (!inSentence.isEmpty()) {
            return List.of(inSentence.get(0));
        }
        List<BodyRef> seats = seats(move, setting);
        if (seats.size() == 1) {
            return seats;
        }
        return setting.mainBody().map(List::of).orElse(List.of());
    }

    /** The principal councils and parliaments the rosters seat the move's named movers on, at the article's date. */
    private List<BodyRef> seats(Move move, Setting setting) {
        Set<String> seen = new LinkedHashSet<>();
        List<BodyRef> seats = new ArrayList<>();
        for (String person : move.movers().people()) {
            String full = Names.expand(person, setting.text());
            for (Body body : Stories.seats(directory, full == null ? person : full, setting.published())) {
                if (seen.add(body.id())) {
                    seats.add(new BodyRef(body.name(), body));
                }
            }
        }
        return seats;
    }

    private static Optional<String> parliament(String title) {
        if (title == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (title) {
            case "mp", "mps" -> "House of Commons";
            case "msp", "msps" -> "Scottish Parliament";
            case "ms", "mss", "am", "ams" -> "Senedd Cymru";
            case "mla", "mlas" -> "Northern Ireland Assembly";
            default -> null;
        });
    }

    /** One event as the news moves build it. */
    private static final class Event {

        final Kind kind;
        String from;
        String to;
        String group;
        Integer count;
        String describedBy;
        String title;
        String date;
        String datePrecision;
        final List<String> people = new ArrayList<>();
        final Set<BodyRef> bodies = new LinkedHashSet<>();
        final List<Move> moves = new ArrayList<>();
        /** Whether the body comes from the movers' own phrase, not from the sentence or the article. */
        final boolean explicitBody;

        Event(Move move, List<BodyRef> where) {
            this.kind = kindOf(move);
            this.explicitBody = !move.bodies().isEmpty();
            bodies.addAll(where);
            add(move);
        }

        private static Kind kindOf(Move move) {
            return move.kind();
        }

        void add(Move move) {
            moves.add(move);
            if (move.from() != null && (from == null || MoveReader.CONTEXT.equals(from))) {
                from = move.from();
            }
            if (move.to() != null && (to == null || MoveReader.CONTEXT.equals(to)
                    || "Independent".equals(to) && move.act() != Act.SIT && !MoveReader.CONTEXT.equals(move.to()))) {
                to = move.to();
            }
            if (group == null) {
                group = move.group();
            }
            Move.Movers m = move.movers();
            m.people().stream().filter(p -> !people.contains(p)).forEach(people::add);
            if (m.count() != null && (count == null || m.count() > count)) {
                count = m.count();
            }
            if (describedBy == null) {
                describedBy = m.party();
            }
            if (title == null) {
                title = m.title();
            }
            if (date == null && move.date() != null) {
                date = move.date();
                datePrecision = move.datePrecision();
            }
        }

        /** Whether a news move tells this event (same kind, no clash of parties, movers or bodies). */
        boolean accepts(Move move, List<BodyRef> where) {
            Kind k = move.kind();
            if (moves.get(0).movers().mixed() && move.from() != null && !MoveReader.CONTEXT.equals(move.from())) {
                return false; // a round-up of several parties' movers takes no one party's move into itself
            }
            if (from != null && from.equals(move.to()) || to != null && to.equals(move.from())
                    && !"Independent".equals(to)) {
                return false; // the other way round: not the same move
            }
            if (MoveReader.CONTEXT.equals(move.to()) && move.act() == Act.JOIN && from != null && to == null) {
                return false; // "joined the party" beside leaving one: the party they left, joined long before
            }
            if (k != kind && !(kind == Kind.SUSPENSION && move.act() == Act.SIT)) {
                return false;
            }
            if (!agree(from, move.from()) && !(move.act() == Act.SIT && "Independent".equals(move.from()))
                    || !agree(to, move.to())) {
                return false;
            }
            if (!bodies.isEmpty() && !where.isEmpty() && where.stream().noneMatch(bodies::contains)) {
                return false;
            }
            return true;
        }

        /** Whether the move names people and the event names others, none of them the same. */
        boolean namesOthers(Move move) {
            return !people.isEmpty() && !move.movers().people().isEmpty()
                    && move.movers().people().stream().noneMatch(p -> people.stream().anyMatch(q -> samePerson(p, q)));
        }

        /** Parties agree when equal, or when one is unknown or only "the party". */
        private static boolean agree(String a, String b) {
            return a == null || b == null || MoveReader.CONTEXT.equals(a) || MoveReader.CONTEXT.equals(b) || a.equals(b);
        }

        boolean sameMovers(Move move) {
            if (moves.stream().anyMatch(m -> m.sentence().index() == move.sentence().index()
                    && m.movers().start() == move.movers().start())) {
                return true; // the same phrase: "a former mayor who left the UUP ... has joined the DUP"
            }
            return move.movers().people().isEmpty() ? move.movers().pronoun() || people.isEmpty()
                    : move.movers().people().stream().anyMatch(p -> people.stream().anyMatch(q -> samePerson(p, q)));
        }

        /** "Mackie-Brown" and "Claire Mackie-Brown" are one person: a surname matches the full name it ends. */
        private static boolean samePerson(String a, String b) {
            return a.equals(b) || a.endsWith(" " + b) || b.endsWith(" " + a);
        }

        boolean openTo() {
            return to == null || kind == Kind.SUSPENSION && to == null;
        }

        /** A stated destination ("will now sit as independents", "to form a new group"), and the people it names. */
        void destination(Move hint) {
            hint.movers().people().stream().filter(p -> !people.contains(p)).forEach(people::add);
            if (hint.bodies().size() > 1 && (bodies.isEmpty() || hint.bodies().containsAll(bodies))) {
                bodies.clear(); // the groups they form "on Pendle Borough Council, Brierfield and Nelson Town Councils"
                bodies.addAll(hint.bodies());
            }
            if (kind == Kind.DEFECTION && to == null || kind == Kind.SUSPENSION && "Independent".equals(hint.to())) {
                to = hint.to();
                if (group == null) {
                    group = hint.group();
                }
            }
        }

        /** The sentence the event is first told in. */
        int first() {
            return moves.get(0).sentence().index();
        }

        List<Evidence> evidence() {
            return moves.stream().map(m -> m.sentence().evidence()).distinct().toList();
        }
    }

    static boolean principal(BodyKind kind) {
        return BodyFinder.principal(kind);
    }
}
