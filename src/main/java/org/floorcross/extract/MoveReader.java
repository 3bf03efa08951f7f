package org.floorcross.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.floorcross.extract.Cue.Kind;
import org.floorcross.extract.Move.Act;
import org.floorcross.extract.Move.Telling;

/**
 * Reads the moves in one parsed sentence. For each trigger word it finds, on the dependency graph, who moved (the
 * subject, or the object of "suspended", "expelled", "readmitted"), the party on each side (the object of "quit",
 * "joined"; "from" and "to" of "defected"; "as" of "sit"; the party that suspends), the group formed, and how the
 * clause tells it: negated ("has not quit", "denied defecting"), irrealis (a modal, "is considering", "is set to",
 * "if"), an earlier episode (a time expression before the news, "previously", a past relative clause), a standing
 * state (the pluperfect, outside reported speech) or news.
 */
final class MoveReader {

    private static final Set<String> PARTY_NOUNS = Set.of("party", "group", "membership", "whip", "grouping", "bloc",
            "fold", "ranks", "caucus");
    private static final Set<String> NOT_PARTIES = Set.of("council", "cabinet", "seat", "post", "role", "position",
            "committee", "board", "office", "executive", "administration", "government", "job", "chamber", "authority",
            "leadership", "panel", "portfolio", "race", "contest", "election", "campaign", "coalition", "team",
            "chairmanship", "mayoralty", "bench", "frontbench", "ministry", "company", "firm", "force", "school",
            "hospital", "meeting", "debate", "call", "protest", "petition", "march");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "shall", "should", "can",
            "must", "wo", "'ll", "ca");
    private static final Set<String> IRREALIS_HEADS = Set.of("consider", "plan", "intend", "expect", "set", "poise",
            "threaten", "want", "hope", "wish", "aim", "seek", "try", "prepare", "tip", "rumour", "rumor", "speculate",
            "mull", "weigh", "urge", "call", "ask", "invite", "encourage", "pressure", "propose", "offer", "tempt",
            "likely", "due", "about", "able", "ready", "willing", "decide", "vow", "pledge", "promise", "attempt",
            "push", "demand", "tell", "warn", "predict", "fear", "suggest", "claim", "allege", "believe", "think",
            "understand", "report", "say", "appear", "seem", "refuse", "reject", "deny", "rule", "dismiss", "decline",
            "rubbish", "resist", "oppose", "avoid", "stop", "prevent", "block", "need", "go");
    /** Nouns whose infinitive tells a possibility, not a move: "a reason to join", "pressure to quit". */
    private static final Set<String> PROSPECTS = Set.of("reason", "plan", "bid", "attempt", "call", "threat", "offer",
            "chance", "opportunity", "invitation", "pressure", "intention", "hope", "desire", "wish", "right",
            "ability", "freedom", "choice", "option", "urge", "push", "campaign", "demand", "proposal", "request",
            "appeal", "temptation", "likelihood", "possibility", "prospect", "need", "way", "time", "motion",
            "ultimatum", "deadline");
    private static final Set<String> TEMPORAL_MARKS = Set.of("after", "before", "since", "when", "once", "until",
            "following");
    /** Nouns under which moves are told in general, not as news: "the stories of Labour and Greens joining". */
    private static final Set<String> GENERALITIES = Set.of("story", "report", "rumour", "rumor", "speculation",
            "talk", "wave", "spate", "series", "string", "trend", "history", "tradition", "number", "pattern");
    /** Nouns for events, which can leave a party in a state but never leave a party themselves. */
    private static final Set<String> EVENTS = Set.of("defection", "move", "resignation", "departure", "decision",
            "vote", "result", "change", "switch", "defections", "departures", "resignations", "loss", "win", "exit",
            "exodus", "election", "by-election", "split", "walkout", "suspension", "expulsion");
    private static final java.util.regex.Pattern COUNCIL_OR_PARLIAMENT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:council|senedd|assembly|parliament|holyrood|stormont|commons|msp|mla)\\b");
    private static final Set<String> NEGATING_HEADS = Set.of("deny", "refuse", "reject", "rule", "dismiss", "decline",
            "rubbish", "resist", "avoid", "prevent", "block", "oppose", "stop");
    /** Heads under which a clause is reported speech, not a plan: "said she had quit", "announced he would sit". */
    private static final Set<String> SPEECH = Set.of("say", "announce", "confirm", "tell", "reveal", "explain",
            "write", "state", "insist", "add", "declare", "report", "disclose", "admit", "indicate", "note",
            "understand", "learn", "emerge", "show");
    private static final Set<String> TITLES = Set.of("councillor", "councillors", "cllr", "cllrs", "mp", "mps", "msp",
            "msps", "ms", "mss", "am", "ams", "mla", "mlas", "member", "members", "representative", "representatives",
            "alderman", "aldermen", "coun");
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "latest", "last",
            "only", "next", "newest", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final Set<String> NON_REPRESENTATIVES = Set.of("member", "activist", "supporter", "official",
            "employee", "aide", "staffer", "volunteer", "candidate", "hopeful", "organiser", "treasurer", "agent",
            "worker", "adviser", "advisor", "donor", "peer", "mep", "campaigner");
    private static final Set<String> GENERIC = Set.of("councillor", "member", "pair", "trio", "group", "duo",
            "quartet", "politician", "representative", "mp", "msp", "ms", "mla", "am", "rebel", "defector", "colleague",
            "other", "both", "all", "leader", "deputy");

    private final PartyLexicon parties;

    MoveReader(PartyLexicon parties) {
        this.parties = parties;
    }

    /** The moves the sentence reports, in the order of their trigger words. */
    List<Move> read(Parse parse, List<BodyMention> bodies, LocalDate published) {
        List<Move> moves = new ArrayList<>();
        if (parse.tokens().isEmpty()) {
            return moves;
        }
        List<PartyMention> named = parties.find(parse.sentence().text(), published);
        List<TimeExpressions.When> times = TimeExpressions.in(parse.sentence().text(), published);
        for (Parse.Token token : parse.tokens()) {
            Triggers.of(token).flatMap(t -> read(parse, token, t, named, bodies, times)).ifPresent(moves::add);
        }
        return inherit(parse, moves);
    }

    /**
     * A clause that continues another trigger's clause without a tense of its own ("left Ukip to join a new party",
     * "quitting the Tories and joining Reform") is told as that clause is: recalled, planned or denied with it.
     */
    private static List<Move> inherit(Parse parse, List<Move> moves) {
        List<Move> told = new ArrayList<>(moves);
        for (int i = 0; i < told.size(); i++) {
            Move move = told.get(i);
            if (!move.news() || !parse.children(move.trigger(), a -> a.is("aux") || a.is("aux:pass")).isEmpty()) {
                continue;
            }
            for (Parse.Arc up = parse.head(move.trigger()); up.head() >= 0 && (up.is("xcomp") || up.is("advcl")
                    || up.is("conj") || up.is("acl")); up = parse.head(up.head())) {
                int governor = up.head();
                Move above = told.stream().filter(m -> m.trigger() == governor).findFirst().orElse(null);
                if (above != null) {
                    if (!above.news()) {
                        told.set(i, move.with(above.telling()));
                    }
                    break;
                }
            }
        }
        return told;
    }

    private Optional<Move> read(Parse parse, Parse.Token token, Triggers.Trigger trigger, List<PartyMention> named,
                                List<BodyMention> bodies, List<TimeExpressions.When> times) {
        Clause clause = new Clause(parse, token.index(), named);
        Optional<Sides> sides = clause.sides(trigger.act());
        if (sides.isEmpty()) {
            return Optional.empty();
        }
        Move.Movers movers = clause.movers(trigger.act());
        List<BodyRef> where = new ArrayList<>(bodies.stream().filter(b -> b.start() >= movers.start()
                && b.end() <= clause.moverEnd()).map(BodyMention::ref).distinct().toList());
        if (trigger.act() == Act.SIT || trigger.act() == Act.FORM) {
            // "will form independent groups on Pendle Borough Council, Brierfield Town Council and Nelson Town Council"
            for (int[] span : clause.places()) {
                bodies.stream().filter(b -> b.start() >= span[0] && b.end() <= span[1]).map(BodyMention::ref)
                        .filter(b -> !where.contains(b)).forEach(where::add);
            }
        }
        Telling telling = trigger.act() == Act.ELECTED ? Telling.PAST : clause.telling(times);
        TimeExpressions.When when = clause.when(times);
        Sides s = sides.get();
        Kind kind = s.act() == Act.SUSPEND ? Kind.SUSPENSION : s.act() == Act.REINSTATE ? Kind.REINSTATEMENT
                : Kind.DEFECTION;
        return Optional.of(new Move(kind, s.act(), s.from(), s.to(), s.group(), movers, where, telling, parse,
                token.index(), when == null || when.date() == null ? null : when.date().toString(),
                when == null ? null : when.precision(), when != null && when.tense() == TimeExpressions.Tense.NOW,
                clause.additive()));
    }

    /** What a trigger's clause says of the parties: the act as its objects show it, and the two sides. */
    record Sides(Act act, String from, String to, String group) {}

    /** One trigger word and its neighbourhood in the graph. */
    private final class Clause {

        private final Parse parse;
        private final int trigger;
        private final Parse.Token word;
        private final List<PartyMention> named;
        private int moverEnd = -1;

        Clause(Parse parse, int trigger, List<PartyMention> named) {
            this.parse = parse;
            this.trigger = trigger;
            this.word = parse.token(trigger);
            this.named = named;
        }

        int moverEnd() {
            return moverEnd;
        }

        /** The parties on each side, or empty when the word does not report a move here. */
        Optional<Sides> sides(Act act) {
            return switch (act) {
                case LEAVE -> leave();
                case JOIN -> join();
                case SWITCH -> switched();
                case SIT -> sit();
                case FORM -> form();
                case SUSPEND -> suspend();
                case EXPEL -> expel();
                case REINSTATE -> reinstate();
                case ELECTED -> party(objects("obl:as", "obl:for", "obl:on", "xcomp", "advcl:as"))
                        .filter(p -> !CONTEXT.equals(p)).map(p -> new Sides(Act.ELECTED, null, p, null));
            };
        }

        private Optional<Sides> leave() {
            String lemma = word.lemma();
            if (word.noun()) {
                return party(nominalSide("from", "of")).map(p -> new Sides(Act.LEAVE, p, null, null));
            }
            if (!parse.children(trigger, "obl:as").isEmpty() && parse.children(trigger, "obj").isEmpty()) {
                return Optional.empty(); // "quit as leader": a role
            }
            if (Set.of("give", "hand", "tear", "cut", "end", "terminate", "cancel", "relinquish", "withdraw")
                    .contains(lemma)) {
                // "gave up / handed back / tore up their membership", "cut ties with", "ended their membership"
                for (Parse.Token object : objects("obj", "obl:with", "nsubj:pass")) {
                    if (Set.of("membership", "tie", "card", "whip").contains(object.lemma())) {
                        return party(object).or(() -> Optional.of(CONTEXT))
                                .map(p -> new Sides(Act.LEAVE, p, null, null));
                    }
                }
                return Optional.empty();
            }
            if (Set.of("walk", "break", "split", "step", "stand", "move").contains(lemma)) {
                List<Parse.Token> particles = parse.children(trigger, a -> a.is("advmod") || a.is("compound:prt"))
                        .stream().filter(t -> Set.of("away", "aside", "down", "out").contains(t.lemma())).toList();
                if (lemma.equals("stand") && particles.isEmpty()) {
                    // "will be standing as a TUSC councillor": where a sitting councillor is going
                    Optional<String> as = party(objects("obl:as")).filter(p -> !CONTEXT.equals(p));
                    if (as.isPresent()) {
                        return as.map(p -> new Sides(Act.SIT, null, p, null));
                    }
                }
                if (Set.of("step", "stand", "move").contains(lemma) && particles.isEmpty()
                        && objects("obl:away_from", "obl:aside_from", "obl:down_from").isEmpty()) {
                    return Optional.empty(); // enhanced graphs fold "away from" into one preposition
                }
                for (Parse.Token particle : particles) {
                    // "stepping away from the Lib Dem group", however the parser hung the "from" on "away"
                    Optional<String> left = party(parse.children(particle.index(), a -> a.is("obl") || a.is("nmod")));
                    if (left.isPresent()) {
                        return left.map(p -> new Sides(Act.LEAVE, p, null, null));
                    }
                }
                return party(objects("obl:from", "obl:out_of", "obl:with", "obl:away_from", "obl:aside_from",
                        "obl:down_from", "obl:of"))
                        .map(p -> new Sides(Act.LEAVE, p, null, null));
            }
            if (lemma.equals("leave") && (parse.children(trigger, a -> a.is("xcomp") || a.is("obl:with")).stream()
                    .anyMatch(t -> Triggers.of(t).isEmpty())
                    || parse.children(trigger, a -> a.is("nsubj")).stream().anyMatch(t -> EVENTS.contains(t.lemma())))) {
                return Optional.empty(); // "the defection leaves Reform furious", "leaves Labour with 11 seats"
            }
            List<Parse.Token> left = objects("obj", "obl:from", "obl:out_of", "obl:of", "nsubj:pass");
            if (left.isEmpty() && Set.of("quit", "leave", "resign", "defect").contains(lemma)
                    && parse.children(trigger, a -> a.is("xcomp") || a.is("advcl")).stream()
                    .anyMatch(t -> Triggers.of(t).map(x -> x.act() == Act.JOIN).orElse(false))) {
                return Optional.of(new Sides(Act.LEAVE, CONTEXT, null, null)); // "quits to join Alba"
            }
            if (left.stream().flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t),
                    parse.children(t.index(), "conj").stream())).anyMatch(t -> Set.of("council", "seat", "chamber",
                    "assembly", "parliament", "senedd").contains(t.lemma()))) {
                return Optional.empty(); // "resigned from both his party and the council": the seat itself
            }
            // "left the Alliance Party for the Ulster Unionists", "quit Labour to join ..." say where they went too
            String joined = party(objects("obl:for", "obl:to")).filter(p -> !CONTEXT.equals(p)).orElse(null);
            return party(left).or(this::misparsedParty).map(p -> new Sides(joined == null ? Act.LEAVE : Act.SWITCH,
                    p, joined, null));
        }

        private Optional<Sides> join() {
            if (word.lemma().equals("sign") && parse.children(trigger, "compound:prt").stream()
                    .noneMatch(t -> t.lemma().equals("up"))) {
                return Optional.empty();
            }
            if (passive() && !parse.children(trigger, "obl:agent").isEmpty()) {
                return Optional.empty(); // "was joined by": company, not a move
            }
            Optional<Parse.Token> group = groupIn(objects("obj", "obl:to", "obl:with"));
            if (group.isPresent()) {
                return Optional.of(new Sides(Act.JOIN, null, "Independent", groupName(group.get())));
            }
            return party(objects("obj", "obl:to", "obl:with")).or(this::misparsedParty)
                    .or(() -> objects("obj").stream().anyMatch(t -> t.tag().startsWith("PRP") || t.person())
                            ? party(objects("obl:in")) : Optional.empty()) // "has joined him in the Workers Party"
                    .map(p -> new Sides(Act.JOIN, null, p, null));
        }

        /**
         * A party whose name the parser took for a verb or left dangling ("has quit Restore Britain" read with
         * "Restore" as a verb): a dependent of the trigger that a party mention covers.
         */
        private Optional<String> misparsedParty() {
            return parse.children(trigger, a -> a.is("dep") || a.is("xcomp") || a.is("ccomp") || a.is("obl"))
                    .stream().map(this::covering).flatMap(Optional::stream).findFirst();
        }

        private Optional<Sides> switched() {
            String lemma = word.lemma();
            List<Parse.Token> to = objects("obl:to", "obl:over_to", "nmod:to", "obl:into", "obl:towards",
                    "obl:for");
            List<Parse.Token> from = objects("obl:from", "nmod:from");
            if (word.noun()) {
                to = nominalSide("to", "for");
                from = nominalSide("from");
                if (to.isEmpty() && from.isEmpty() && !lemma.equals("defection") && !lemma.equals("defector")) {
                    return Optional.empty();
                }
            } else if (lemma.equals("cross")) {
                List<Parse.Token> floor = objects("obj").stream().filter(t -> t.lemma().equals("floor")).toList();
                if (floor.isEmpty() && !word.word().toLowerCase(java.util.Locale.ROOT).startsWith("floor")) {
                    return Optional.empty();
                }
                for (Parse.Token f : floor) { // "crossed the floor from Labour to Plaid", however the parse hangs it
                    to = new ArrayList<>(to);
                    to.addAll(parse.children(f.index(), a -> a.is("nmod:to") || a.is("nmod:over_to")));
                    from = new ArrayList<>(from);
                    from.addAll(parse.children(f.index(), a -> a.is("nmod:from")));
                }
            } else if (lemma.equals("jump")) {
                if (objects("obj").stream().noneMatch(t -> t.lemma().equals("ship"))) {
                    return Optional.empty();
                }
            } else if (Set.of("swap", "change", "flip", "convert").contains(lemma)) {
                List<Parse.Token> objects = objects("obj");
                if (objects.stream().anyMatch(t -> Set.of("allegiance", "side", "party", "sides").contains(t.lemma()))) {
                    from = objects("obl:from");
                } else {
                    Optional<String> left = party(objects);
                    if (left.isEmpty() || CONTEXT.equals(left.get())) {
                        return Optional.empty();
                    }
                    return Optional.of(new Sides(Act.SWITCH, left.get(), party(objects("obl:for", "obl:to"))
                            .orElse(null), null));
                }
            } else if (Set.of("move", "go", "transfer").contains(lemma)) {
                if (party(to).isEmpty()) {
                    return Optional.empty();
                }
            } else if (!Set.of("defect", "switch").contains(lemma)) {
                return Optional.empty();
            }
            String joined = party(to).filter(p -> !CONTEXT.equals(p)).orElse(null);
            if (joined == null) {
                joined = gainedBy().orElse(null);
            }
            String left = party(from).orElse(null);
            if (joined == null && left == null && !Set.of("defect", "defection", "defector", "cross").contains(lemma)
                    && !lemma.equals("switch")) {
                return Optional.empty();
            }
            return Optional.of(new Sides(Act.SWITCH, left, joined, null));
        }

        /** "Reform UK has its first member of the Senedd after X switched parties": the party that gains a member. */
        private Optional<String> gainedBy() {
            Parse.Arc up = parse.head(trigger);
            if (up.head() < 0) {
                return Optional.empty();
            }
            int gov = up.head();
            boolean gains = parse.children(gov, a -> a.is("obj") || a.is("nsubj")).stream().anyMatch(t ->
                    TITLES.contains(t.lemma()) && parse.children(t.index(), "amod").stream().anyMatch(m ->
                    ORDINALS.contains(m.lemma())));
            return gains ? parse.children(gov, a -> a.is("nsubj")).stream().map(this::covering)
                    .flatMap(Optional::stream).findFirst() : Optional.empty();
        }

        private Optional<Sides> sit() {
            String lemma = word.lemma();
            List<Parse.Token> as = objects("obl:as", "xcomp", "obj", "advcl:as", "obl:with", "obl:alongside",
                    "obl:among", "advmod", "amod", "obl");
            if (lemma.equals("become") || lemma.equals("remain") || lemma.equals("stay")) {
                as = objects("xcomp", "obj", "obl:as");
            }
            if (lemma.equals("list") || lemma.equals("designate")) {
                as = objects("obl:as", "xcomp");
            }
            if (lemma.equals("represent") || lemma.equals("don")) {
                as = objects("obl:as", "obj");
            }
            for (Parse.Token t : as) {
                if (independentIn(t)) {
                    return Optional.of(new Sides(Act.SIT, null, "Independent", groupIn(List.of(t))
                            .map(this::groupName).orElse(null)));
                }
            }
            if (lemma.equals("become")) {
                // "became Reform's first MSP", "becomes a Reform UK councillor"
                for (Parse.Token t : as) {
                    if (TITLES.contains(t.lemma()) || t.lemma().equals("member")) {
                        Optional<String> party = party(List.of(t)).filter(p -> !CONTEXT.equals(p));
                        if (party.isPresent()) {
                            return Optional.of(new Sides(Act.JOIN, null, party.get(), null));
                        }
                    }
                }
                return Optional.empty();
            }
            if (Set.of("sit", "serve", "continue").contains(lemma)) {
                Optional<Parse.Token> group = groupIn(as);
                if (group.isPresent()) {
                    return Optional.of(new Sides(Act.SIT, null, "Independent", groupName(group.get())));
                }
                Optional<String> party = party(objects("obl:as", "obl:with", "advcl:as")).filter(p -> !CONTEXT.equals(p));
                if (party.isPresent()) {
                    return Optional.of(new Sides(Act.SIT, null, party.get(), null));
                }
            }
            return Optional.empty();
        }

        private Optional<Sides> form() {
            if (word.lemma().equals("set") && parse.children(trigger, "compound:prt").stream()
                    .noneMatch(t -> t.lemma().equals("up"))) {
                return Optional.empty();
            }
            for (Parse.Token t : objects("obj", "nsubj:pass")) {
                if (Set.of("group", "party", "grouping", "bloc", "alliance", "coalition", "independents")
                        .contains(t.lemma()) || groupIn(List.of(t)).isPresent()) {
                    String name = groupIn(List.of(t)).map(this::groupName).orElse(null);
                    Optional<String> registered = party(List.of(t)).filter(p -> !CONTEXT.equals(p)
                            && !p.equals("Independent") && PartyLexicon.CANONICAL.contains(p));
                    if (registered.isPresent() && t.lemma().equals("party")) {
                        return Optional.of(new Sides(Act.FORM, null, registered.get(), null));
                    }
                    return Optional.of(new Sides(Act.FORM, null, "Independent", name));
                }
            }
            return Optional.empty();
        }

        private Optional<Sides> suspend() {
            String lemma = word.lemma();
            boolean whip = whipInvolved();
            if (!lemma.equals("suspend") && !word.noun() && !whip) {
                return Optional.empty(); // "removed from office", "lost the vote"
            }
            if (lemma.equals("withdraw") && !whip) {
                return Optional.empty();
            }
            if (word.noun()) {
                return Optional.of(new Sides(Act.SUSPEND, party(nominalSide("from", "of")).filter(p -> !CONTEXT.equals(p))
                        .orElse(null), null, null));
            }
            if (!whip && !objects("obl:from", "obl:as").isEmpty() && party(objects("obl:from")).isEmpty()
                    && objects("obl:from").stream().anyMatch(t -> NOT_PARTIES.contains(t.lemma())
                    || t.lemma().equals("house") || t.lemma().equals("commons") || t.lemma().equals("parliament"))) {
                return Optional.empty(); // "suspended from the council / the Commons": not the party
            }
            String party = party(objects("obl:from", "obl:agent", "obl:by", "nsubj", "obj")).filter(p -> !CONTEXT.equals(p))
                    .orElseGet(this::whipParty);
            return Optional.of(new Sides(Act.SUSPEND, party, null, null));
        }

        private Optional<Sides> expel() {
            if (word.lemma().equals("sack") && !parse.children(trigger, "obl:as").isEmpty()) {
                return Optional.empty(); // "sacked as a minister"
            }
            if (Set.of("kick", "throw", "boot").contains(word.lemma()) && parse.children(trigger, "compound:prt")
                    .stream().noneMatch(t -> t.lemma().equals("out")) && objects("obl:out_of").isEmpty()) {
                return Optional.empty();
            }
            Optional<String> party = party(objects("obl:from", "obl:of", "obl:out_of", "obl:agent", "obl:by", "nsubj",
                    "nmod:from"));
            if (party.isEmpty() && word.noun()) {
                party = party(nominalSide("from", "of"));
            }
            return party.map(p -> new Sides(Act.EXPEL, p, "Independent", null));
        }

        private Optional<Sides> reinstate() {
            String lemma = word.lemma();
            boolean whip = whipInvolved();
            if (Set.of("restore", "return", "regain").contains(lemma) && !whip && !membershipInvolved()) {
                return Optional.empty();
            }
            if (lemma.equals("lift") && objects("obj", "nsubj:pass").stream().noneMatch(t -> t.lemma()
                    .equals("suspension"))) {
                return Optional.empty();
            }
            if (Set.of("welcome", "allow").contains(lemma) && parse.children(trigger, "advmod").stream()
                    .noneMatch(t -> t.lemma().equals("back")) && parse.children(trigger, "compound:prt").stream()
                    .noneMatch(t -> t.lemma().equals("back"))) {
                return Optional.empty();
            }
            String party = party(objects("obl:to", "obl:into", "obl:agent", "obl:by", "nsubj", "obj", "obl:in"))
                    .filter(p -> !CONTEXT.equals(p)).orElseGet(this::whipParty);
            if (word.noun()) {
                party = party(nominalSide("to", "into", "of")).filter(p -> !CONTEXT.equals(p)).orElse(null);
            }
            return Optional.of(new Sides(Act.REINSTATE, null, party, null));
        }

        /** The person a sentence names as speaking before the quotation a first person is in ("X said: 'I have...'"). */
        private List<String> speakerBefore(Parse.Token pronoun) {
            String text = parse.sentence().text();
            int base = parse.sentence().start();
            int quote = -1;
            for (int i = pronoun.start() - base - 1; i >= 0; i--) {
                char c = text.charAt(i);
                if (c == '"' || c == '\u201c') {
                    quote = i;
                    break;
                }
            }
            if (quote < 0) {
                return List.of();
            }
            for (Parse.Token t : parse.tokens()) {
                if (t.start() - base < quote && SPEECH.contains(t.lemma()) && t.verb()) {
                    for (Parse.Token subject : parse.children(t.index(), "nsubj")) {
                        List<String> found = names(parse.span(subject.index()));
                        if (!found.isEmpty()) {
                            return found;
                        }
                    }
                }
            }
            return List.of();
        }

        /** "a Lib Dem", "two Tories", "the Greens": a party word naming people, not a surname ("Green said"). */
        private boolean described(Parse.Token head) {
            return !head.person() && (head.tag().endsWith("S") || !parse.children(head.index(), a -> a.is("det")
                    || a.is("nummod") || a.is("amod")).isEmpty());
        }

        /** A representative's title as written: "MS" is a Member of the Senedd, "Ms" a courtesy title. */
        private boolean title(Parse.Token t) {
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (Set.of("ms", "mss", "am", "ams").contains(w)) {
                return t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT).replace("SS", "Ss"))
                        || t.word().equals("MSs") || t.word().equals("AMs");
            }
            String bare = w.startsWith("ex-") ? w.substring(3) : w;
            return TITLES.contains(bare) && !bare.equals("member") && !bare.equals("members");
        }

        /** "He now has the whip restored", "is now an independent": the clause says the move is the present. */
        boolean nowSaid() {
            return parse.children(trigger, "advmod").stream().anyMatch(t -> t.lemma().equals("now"))
                    || parse.head(trigger).head() >= 0 && parse.children(parse.head(trigger).head(), "advmod").stream()
                    .anyMatch(t -> t.lemma().equals("now")) && Set.of("have", "be").contains(
                    parse.token(parse.head(trigger).head()).lemma());
        }

        /** The spans of where the clause says they sit or form their group: "on the council", "in the Senedd". */
        List<int[]> places() {
            List<int[]> spans = new ArrayList<>();
            for (Parse.Token t : parse.children(trigger, a -> a.is("obl:on") || a.is("obl:in") || a.is("obl:at")
                    || a.is("obj"))) {
                spans.add(parse.span(t.index()));
            }
            return spans;
        }

        /** "also quit", "another councillor", "a second MP", "the latest to defect": more of the same news. */
        boolean additive() {
            if (parse.children(trigger, "advmod").stream().anyMatch(t -> Set.of("also", "too", "likewise")
                    .contains(t.lemma()))) {
                return true;
            }
            int base = parse.sentence().start();
            String before = parse.sentence().text().substring(0, Math.max(0, word.start() - base))
                    .toLowerCase(java.util.Locale.ROOT);
            return before.matches("(?s).*\\b(?:another|a second|a third|a fourth|a further|further|the latest"
                    + "|latest|fellow|the second|the third|more)\\b.*");
        }

        /**
         * "are no longer allowed to call themselves Conservatives after they were suspended": a governing clause in
         * the present that is not itself a move tells the subordinate move as what just happened.
         */
        private boolean presentConsequence(Parse.Arc up) {
            int at = up.head();
            for (int steps = 0; at >= 0 && steps < 3; steps++) {
                Parse.Token governor = parse.token(at);
                int here = at;
                if (steps == 0 && Triggers.of(governor).isPresent() && !(Triggers.of(governor).get().act() == Act.SUSPEND
                        && parse.children(here, a -> true).stream().noneMatch(t -> t.lemma().equals("whip")))) {
                    return false;
                }
                boolean present = Set.of("VBZ", "VBP").contains(governor.tag()) || parse.children(at, a -> a.is("aux")
                        || a.is("cop")).stream().anyMatch(t -> Set.of("is", "are", "has", "have", "'s", "'re")
                        .contains(t.word().toLowerCase(java.util.Locale.ROOT)));
                if (present) {
                    return true;
                }
                Parse.Arc above = parse.head(at);
                if (!(above.is("xcomp") || above.is("ccomp"))) {
                    return false;
                }
                at = above.head();
            }
            return false;
        }

        /**
         * "joined Alba after leaving the SNP": a leaving told as the first half of the news join it hangs from is
         * the same move, not an earlier one.
         */
        private boolean sequelOfNews() {
            Parse.Arc up = parse.head(trigger);
            if (up.head() < 0 || actOf() != Act.LEAVE || !parse.children(trigger, a -> a.is("mark") || a.is("case"))
                    .stream().anyMatch(t -> t.lemma().equals("after"))) {
                return false;
            }
            boolean underMove = false;
            for (int at = up.head(), steps = 0; at >= 0 && steps < 3 && !underMove; at = parse.head(at).head(), steps++) {
                underMove = Triggers.of(parse.token(at)).map(t -> t.act() == Act.JOIN || t.act() == Act.SWITCH
                        || t.act() == Act.SIT).orElse(false);
            }
            return underMove
                    && TimeExpressions.in(parse.sentence().text(), null).stream()
                    .noneMatch(w -> w.tense() == TimeExpressions.Tense.PAST);
        }

        /** Whether the whip is what is removed or restored: "had the whip removed", "lost the Labour whip". */
        private boolean whipInvolved() {
            if (objects("obj", "nsubj:pass", "nsubj", "obl:of").stream().anyMatch(t -> t.lemma().equals("whip"))) {
                return true;
            }
            Parse.Arc up = parse.head(trigger);
            return up.head() >= 0 && Set.of("have", "get").contains(parse.token(up.head()).lemma())
                    && parse.children(up.head(), "obj").stream().anyMatch(t -> t.lemma().equals("whip"));
        }

        private boolean membershipInvolved() {
            return objects("obj", "nsubj:pass", "nsubj").stream().anyMatch(t -> t.lemma().equals("membership"));
        }

        /** The party whose whip it is ("the Labour whip", "the party whip" meaning the article's party). */
        private String whipParty() {
            for (Parse.Token t : parse.tokens()) {
                if (t.lemma().equals("whip")) {
                    Optional<String> p = party(List.of(t)).filter(x -> !CONTEXT.equals(x));
                    if (p.isPresent()) {
                        return p.get();
                    }
                }
            }
            return null;
        }

        /** Who moved, as a description. */
        Move.Movers movers(Act act) {
            List<Parse.Token> heads = moverHeads(act);
            List<String> people = new ArrayList<>();
            Integer count = null;
            String party = null;
            String title = null;
            boolean former = false;
            boolean mixed = false;
            boolean pronoun = heads.isEmpty();
            int start = Integer.MAX_VALUE;
            for (Parse.Token head : heads) {
                int[] span = moverSpan(head);
                start = Math.min(start, span[0]);
                moverEnd = Math.max(moverEnd, span[1]);
                for (String name : names(span)) {
                    if (!people.contains(name)) {
                        people.add(name);
                    }
                }
                if (head.tag().startsWith("PRP") || head.tag().equals("WP") || head.lemma().equals("who")) {
                    pronoun = people.isEmpty();
                }
                if (GENERIC.contains(head.lemma()) && names(span).isEmpty()) {
                    pronoun = pronoun || parse.children(head.index(), "nummod").isEmpty()
                            && heads.stream().allMatch(h -> parse.children(h.index(), "nummod").isEmpty())
                            && !head.lemma().equals("both") && !head.lemma().equals("all")
                            && parse.children(head.index(), "det").stream().anyMatch(d -> d.lemma().equals("the"));
                }
                count = count(head, count);
                List<Parse.Token> inside = parse.tokens().stream().filter(t -> t.start() >= span[0]
                        && t.end() <= span[1]).toList();
                for (int k = 0; k < inside.size(); k++) {
                    Parse.Token t = inside.get(k);
                    if (title == null && title(t)) {
                        title = t.word().toLowerCase(java.util.Locale.ROOT).replaceFirst("^ex-", "");
                    }
                    if (title == null && Set.of("member", "members").contains(t.lemma()) && k > 0
                            && Set.of("assembly", "senedd", "parliament", "council").contains(inside.get(k - 1).lemma())) {
                        title = "member"; // "assembly member Jim Wells"
                    }
                    String w = t.word().toLowerCase(java.util.Locale.ROOT);
                    if (w.equals("former") || w.startsWith("ex-") || w.equals("ex")) {
                        // "former MP", "former Labour councillor": former only when it is the title's own modifier
                        for (int j = k + (w.startsWith("ex-") ? 0 : 1); j < Math.min(inside.size(), k + 7); j++) {
                            if (title(inside.get(j)) || w.startsWith("ex-") && TITLES.contains(w.substring(3))
                                    || inside.get(j).lemma().equals("member") && j > 0
                                    && inside.get(j - 1).lemma().equals("assembly")) {
                                former = true;
                                break;
                            }
                            if (inside.get(j).word().equals(",")) {
                                break;
                            }
                        }
                    }
                }
                mixed |= parties(span[0], span[1]) >= 2;
                if (party == null) {
                    party = possessedBy(span).orElse(null);
                }
                if (party == null && parties(span[0], head.start()) < 2) {
                    party = partyWithin(span[0], head.start()).or(() -> described(head) ? covering(head)
                            : Optional.empty()).or(() -> TITLES.contains(
                            head.lemma()) ? partyWithin(head.end(), span[1]) : Optional.empty()).orElse(null);
                }
            }
            if (people.isEmpty() && heads.stream().anyMatch(Parse.Token::person)) {
                pronoun = false;
            }
            if (party == null && !word.noun()) {
                for (Parse.Token t : parse.children(trigger, a -> a.is("obl"))) {
                    if (TITLES.contains(t.lemma()) && t.start() < word.start()) {
                        int[] span = parse.span(t.index());
                        party = partyWithin(span[0], span[1]).orElse(null);
                        title = title == null && title(t) ? t.word().toLowerCase(java.util.Locale.ROOT) : title;
                    }
                }
            }
            if (count != null && heads.size() > 1) {
                // "the leader of the council and nine other councillors": the leader and the nine
                count += (int) heads.stream().filter(h -> h.tag().equals("NN") && parse.children(h.index(), "nummod")
                        .isEmpty() && (GENERIC.contains(h.lemma()) || TITLES.contains(h.lemma()))).count();
            }
            if (count == null && !people.isEmpty()) {
                count = people.size();
            }
            boolean representatives = heads.isEmpty() || heads.stream().anyMatch(this::representative);
            boolean firstPerson = !heads.isEmpty() && heads.stream().allMatch(h -> Set.of("i", "we", "me", "us")
                    .contains(h.word().toLowerCase(java.util.Locale.ROOT)));
            if (firstPerson && people.isEmpty()) {
                List<String> speaker = speakerBefore(heads.get(0));
                if (!speaker.isEmpty()) {
                    people.addAll(speaker);
                    firstPerson = false;
                    pronoun = false;
                }
            }
            return new Move.Movers(people, firstPerson ? null : count, party, title, former, pronoun || firstPerson,
                    representatives, firstPerson, mixed, start == Integer.MAX_VALUE ? word.start() : start);
        }

        /**
         * Whether a mover phrase can name sitting representatives: not party members, activists, officials or
         * candidates, unless the phrase places them on a body ("Labour members of the council").
         */
        private boolean representative(Parse.Token head) {
            if (Set.of("member", "members").contains(head.lemma())) {
                // "fourth member leaves party" in a council story is a councillor; "100 party members" are not
                boolean party = parse.children(head.index(), a -> a.is("compound") || a.is("amod")).stream()
                        .anyMatch(m -> Set.of("party", "grassroots", "ordinary", "local", "rank-and-file", "activist")
                                .contains(m.lemma()));
                Integer n = count(head, null);
                return !party && (n == null || n < 50) && COUNCIL_OR_PARLIAMENT.matcher(parse.sentence().text()).find();
            }
            if (parse.children(head.index(), a -> a.is("compound") || a.is("appos")).stream().anyMatch(c ->
                    c.lemma().equals("candidate") && parse.children(c.index(), a -> a.is("compound") || a.is("amod"))
                    .stream().anyMatch(m -> Set.of("leadership", "deputy", "mayoral").contains(m.lemma())))) {
                return true; // "the former SNP leadership candidate Ash Regan" stood for a party post, not a seat
            }
            if (parse.children(head.index(), "appos").stream().anyMatch(a -> NON_REPRESENTATIVES.contains(a.lemma())
                    && parse.children(a.index(), a2 -> a2.is("nmod")).stream().noneMatch(t -> t.lemma().equals("council")))) {
                return false; // "Dan Barker, the Conservative candidate for Mayor"
            }
            if (!NON_REPRESENTATIVES.contains(head.lemma())) {
                return true;
            }
            int[] span = moverSpan(head);
            return parse.tokens().stream().filter(t -> t.start() >= span[0] && t.end() <= span[1])
                    .anyMatch(t -> Set.of("council", "councillor", "senedd", "assembly", "parliament", "commons",
                            "holyrood", "stormont", "msp", "mp", "ms", "mla").contains(t.lemma()));
        }

        /**
         * The nodes naming who moved: the subject (or the object of a sanction) with its conjuncts; for a pronoun
         * or a nominal trigger ("announced their departure"), the subject of the verb that reports it; and the names
         * a subject "includes" ("those defecting include the leader, X").
         */
        private List<Parse.Token> moverHeads(Act act) {
            List<Parse.Token> heads = directHeads(act);
            if (heads.stream().allMatch(h -> ORDINALS.contains(h.lemma()))) {
                heads = List.of(); // "became the first in Essex to join": who became it
            }
            if (heads.isEmpty() && !word.noun()) {
                heads = controller();
            }
            if (heads.isEmpty() && !word.noun()) {
                heads = preceding(); // a parse that lost the subject: "after six of its councillors, ..., left"
            }
            heads = withConjuncts(heads);
            List<Parse.Token> named = heads.stream().filter(h -> !h.tag().startsWith("PRP")).toList();
            if (!heads.isEmpty() && named.size() < heads.size() && !named.isEmpty()
                    && heads.stream().anyMatch(h -> Set.of("he", "she").contains(h.word().toLowerCase(java.util.Locale.ROOT)))) {
                // "he and fellow councillor Jack Goncalvez were leaving": the named one, and who "he" is
                List<Parse.Token> withSpeaker = new ArrayList<>(named);
                Parse.Arc up = parse.head(trigger);
                if (up.head() >= 0 && SPEECH.contains(parse.token(up.head()).lemma())) {
                    parse.children(up.head(), a -> a.is("nsubj")).stream().filter(t -> !t.tag().startsWith("PRP"))
                            .forEach(withSpeaker::add);
                }
                heads = withSpeaker;
            }
            if (!heads.isEmpty() && heads.stream().allMatch(h -> h.tag().startsWith("PRP") || h.lemma().equals("who")
                    || GENERIC.contains(h.lemma()) && !h.person() && parse.children(h.index(), "det").stream()
                    .anyMatch(d -> d.lemma().equals("the")))) {
                Parse.Arc up = parse.head(trigger);
                boolean reports = up.head() >= 0 && (word.noun()
                        || (up.is("ccomp") || up.is("parataxis") || up.is("xcomp"))
                        && SPEECH.contains(parse.token(up.head()).lemma()));
                List<Parse.Token> speaker = !reports ? List.of() : parse.children(up.head(), a -> a.is("nsubj")
                        && !a.is("nsubj:pass")).stream().filter(t -> !t.tag().startsWith("PRP")).toList();
                if (!speaker.isEmpty()) {
                    heads = withConjuncts(speaker);
                } else if (heads.stream().allMatch(h -> Set.of("he", "she", "his", "her", "him").contains(
                        h.word().toLowerCase(java.util.Locale.ROOT)))) {
                    // "X announced she has joined", however the parser attached it: the person named just before
                    int at = heads.get(0).index();
                    for (int i = at - 1; i >= 0; i--) {
                        if (parse.token(i).person()) {
                            heads = List.of(parse.token(i));
                            break;
                        }
                    }
                }
            }
            List<Parse.Token> included = new ArrayList<>();
            for (Parse.Token head : heads) {
                Parse.Arc up = parse.head(head.index());
                int includer = up.is("nsubj") && up.head() >= 0 && parse.token(up.head()).lemma().equals("include")
                        ? up.head() : -1;
                if (up.is("acl") && head.index() == parse.head(trigger).head()) {
                    Parse.Arc above = parse.head(head.index());
                    includer = above.is("nsubj") && above.head() >= 0
                            && parse.token(above.head()).lemma().equals("include") ? above.head() : -1;
                }
                if (includer >= 0) {
                    included.addAll(withConjuncts(parse.children(includer, "obj")));
                }
            }
            heads = new ArrayList<>(heads);
            included.stream().filter(t -> !t.equals(word)).forEach(heads::add);
            return heads;
        }

        /** The nearest person or representatives named before the trigger, for clauses the parser left subjectless. */
        private List<Parse.Token> preceding() {
            for (int i = trigger - 1; i >= 0; i--) {
                Parse.Token t = parse.token(i);
                if (t.verb() && !t.tag().equals("VBN")) {
                    break;
                }
                if (t.person() || TITLES.contains(t.lemma()) && t.noun()) {
                    Parse.Arc up = parse.head(t.index());
                    if (up.is("nmod") && up.head() >= 0 && parse.token(up.head()).tag().equals("CD")) {
                        return List.of(parse.token(up.head())); // "six of its councillors": the six
                    }
                    return List.of(t);
                }
            }
            return List.of();
        }

        /** The subject a clause without one shares with the verb it hangs from ("X founded Alba after leaving"). */
        private List<Parse.Token> controller() {
            Parse.Arc up = parse.head(trigger);
            if (up.is("acl") && up.head() >= 0 && Set.of("decision", "step", "choice", "move", "intention")
                    .contains(parse.token(up.head()).lemma())) {
                up = parse.head(up.head()); // "X has taken the decision to become": the noun's verb
            }
            if (up.is("acl") && up.head() >= 0) {
                Parse.Token noun = parse.token(up.head());
                List<Parse.Token> own = parse.children(noun.index(), a -> a.is("nsubj"));
                if (!parse.children(noun.index(), "cop").isEmpty() && !own.isEmpty()) {
                    return withConjuncts(own); // "Caulfield is the 15th former Tory MP to join"
                }
                Parse.Arc above = parse.head(noun.index());
                if ((above.is("xcomp") || above.is("obj")) && above.head() >= 0
                        && Set.of("become", "be").contains(parse.token(above.head()).lemma())) {
                    up = above; // "has become the latest Tory to join": the one who became it
                }
            }
            for (; up.head() >= 0 && (up.is("advcl") || up.is("xcomp") || up.is("conj") || up.is("obj")
                    || up.is("ccomp") && parse.children(trigger, "mark").stream().anyMatch(t -> t.lemma().equals("to")));
                 up = parse.head(up.head())) {
                List<Parse.Token> subjects = parse.children(up.head(), a -> a.is("nsubj"));
                if (!subjects.isEmpty()) {
                    return withConjuncts(subjects);
                }
            }
            return List.of();
        }

        private List<Parse.Token> directHeads(Act act) {
            List<Parse.Token> heads = new ArrayList<>();
            boolean sanction = act == Act.SUSPEND || act == Act.EXPEL || act == Act.REINSTATE;
            if (word.noun()) {
                heads.addAll(parse.children(trigger, "nmod:poss"));
                heads.addAll(parse.children(trigger, "nmod:of").stream().filter(t -> party(List.of(t)).isEmpty()).toList());
                heads.addAll(parse.children(trigger, "nmod:by"));
                return withConjuncts(heads);
            }
            if (passive() || sanction && !parse.children(trigger, "nsubj:pass").isEmpty()) {
                heads.addAll(parse.children(trigger, "nsubj:pass"));
            } else if (sanction && !parse.children(trigger, "obj").isEmpty()
                    && parse.children(trigger, "obj").stream().noneMatch(t -> t.lemma().equals("whip")
                    || t.lemma().equals("suspension") || t.lemma().equals("membership"))) {
                heads.addAll(parse.children(trigger, "obj"));
            } else {
                heads.addAll(parse.children(trigger, a -> a.is("nsubj") && !a.is("nsubj:pass")));
            }
            heads.removeIf(t -> t.lemma().equals("whip") || t.lemma().equals("membership")
                    || t.lemma().equals("suspension"));
            if (heads.isEmpty()) {
                // "X has had the whip removed": the one who has; "X's membership has been suspended": the owner
                Parse.Arc up = parse.head(trigger);
                if (up.head() >= 0 && Set.of("have", "get").contains(parse.token(up.head()).lemma())) {
                    heads.addAll(parse.children(up.head(), "nsubj"));
                }
                for (Parse.Token t : parse.children(trigger, a -> a.is("nsubj") || a.is("obj"))) {
                    heads.addAll(parse.children(t.index(), "nmod:poss"));
                }
                heads.addAll(parse.children(trigger, "obl:from").stream().filter(Parse.Token::person).toList());
                if (up.is("acl") && up.head() >= 0) {
                    heads.add(parse.token(up.head())); // headlines: "Plaid AM suspended from group"
                }
            }
            return withConjuncts(heads);
        }

        private List<Parse.Token> withConjuncts(List<Parse.Token> heads) {
            List<Parse.Token> all = new ArrayList<>(heads);
            for (Parse.Token head : heads) {
                for (Parse.Token conj : parse.children(head.index(), "conj")) {
                    if (!all.contains(conj)) {
                        all.add(conj);
                    }
                }
            }
            return all;
        }

        /** A mover phrase's extent: what its head dominates, without relative clauses and the clause's own verb. */
        private int[] moverSpan(Parse.Token head) {
            int start = head.start();
            int end = head.end();
            boolean above = parse.dominates(head.index(), trigger);
            for (Parse.Token t : parse.tokens()) {
                if (parse.dominates(head.index(), t.index()) && !insideRelative(head.index(), t.index())
                        && !(above && parse.dominates(trigger, t.index()))) {
                    start = Math.min(start, t.start());
                    end = Math.max(end, t.end());
                }
            }
            return new int[] {start, end};
        }

        private boolean insideRelative(int head, int index) {
            for (int at = index; at >= 0 && at != head; at = parse.head(at).head()) {
                Parse.Arc arc = parse.head(at);
                if (arc.is("acl:relcl") || arc.is("acl") && parse.token(at).verb() || arc.is("advcl")
                        || arc.is("parataxis")) {
                    return true;
                }
            }
            return false;
        }

        /** Person names in a span: runs of PERSON tokens, titles and party words left out. */
        private List<String> names(int[] span) {
            List<String> names = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            int lastEnd = -1;
            for (Parse.Token t : parse.tokens()) {
                boolean inside = t.start() >= span[0] && t.end() <= span[1];
                boolean part = inside && t.person() && !TITLES.contains(t.word().toLowerCase(java.util.Locale.ROOT))
                        && !PartyLexicon.isPartyName(t.word()) && covering(t).isEmpty() && !companion(t);
                if (part && (run.isEmpty() || t.start() - lastEnd <= 1)) {
                    if (!run.isEmpty()) {
                        run.append(' ');
                    }
                    run.append(t.word());
                    lastEnd = t.end();
                    continue;
                }
                flush(names, run);
                if (part) {
                    run.append(t.word());
                    lastEnd = t.end();
                }
            }
            flush(names, run);
            return names;
        }

        /** Someone named as company, not as a mover: "stood beside Nigel Farage", "alongside party leader X". */
        private boolean companion(Parse.Token t) {
            for (int at = t.index(), steps = 0; at >= 0 && steps < 3; at = parse.head(at).head(), steps++) {
                if (parse.children(at, "case").stream().anyMatch(c -> Set.of("beside", "alongside", "with", "by",
                        "next", "behind", "under").contains(c.lemma()))) {
                    return true;
                }
                if (!parse.head(at).is("compound") && !parse.head(at).is("flat")) {
                    break;
                }
            }
            return false;
        }

        private void flush(List<String> names, StringBuilder run) {
            if (!run.isEmpty()) {
                String written = run.toString();
                String name = Names.clean(written);
                if (name == null && !written.contains(" ") && titledBefore(written)) {
                    name = written; // "Councillor Thomas": a surname, expanded to the full name the article gives
                }
                if (name != null) {
                    names.add(name);
                }
                run.setLength(0);
            }
        }

        /** Whether the surname follows a title in the sentence ("Cllr Pughe", "Councillor Thomas", "Mr Evans"). */
        private boolean titledBefore(String surname) {
            for (int i = 1; i < parse.tokens().size(); i++) {
                if (parse.token(i).word().equals(surname) && Set.of("cllr", "councillor", "coun", "mr", "mrs", "ms",
                        "miss", "dr", "sir", "dame").contains(parse.token(i - 1).word().toLowerCase(java.util.Locale.ROOT)
                        .replace(".", ""))) {
                    return true;
                }
            }
            return false;
        }

        private Integer count(Parse.Token head, Integer sofar) {
            for (Parse.Token n : parse.children(head.index(), "nummod")) {
                Integer value = Counts.value(n.word());
                if (value != null && value > 0 && value <= 100) {
                    int extra = parse.children(head.index(), "conj").stream().anyMatch(c -> Set.of("leader",
                            "deputy", "chair", "mayor").contains(c.lemma())) ? 1 : 0;
                    return (sofar == null ? 0 : sofar) + value + extra;
                }
            }
            if (head.lemma().equals("both") || parse.children(head.index(), "det").stream()
                    .anyMatch(d -> d.lemma().equals("both"))) {
                return 2;
            }
            Integer word = Counts.value(head.word());
            if (word != null && head.tag().equals("CD") && word <= 100) {
                return word;
            }
            Parse.Arc of = parse.head(head.index());
            if (of.is("nmod") && of.head() >= 0 && parse.token(of.head()).tag().equals("CD")) {
                Integer part = Counts.value(parse.token(of.head()).word()); // "two of the five MPs": two
                if (part != null && part <= 100) {
                    return part;
                }
            }
            if (sofar == null && head.tag().equals("NN") && TITLES.contains(head.lemma())
                    && parse.children(head.index(), "det").stream().anyMatch(d -> Set.of("a", "an", "another")
                    .contains(d.lemma()))) {
                return 1; // "a Labour councillor", "another SNP councillor"
            }
            return sofar;
        }

        /** How the clause tells the move. */
        Telling telling(List<TimeExpressions.When> times) {
            if (negated(trigger)) {
                return Telling.NEGATED;
            }
            if (irrealis()) {
                return Telling.IRREALIS;
            }
            TimeExpressions.When when = when(times);
            boolean speech = reported();
            if (when != null && when.tense() == TimeExpressions.Tense.PAST || pastAbove(times)) {
                return Telling.PAST;
            }
            if (pluperfect() && !speech || parse.head(trigger).is("amod") || parse.head(trigger).is("acl")
                    && word.tag().equals("VBN") && parse.children(trigger, a -> a.is("aux") || a.is("aux:pass")).isEmpty()
                    && parse.head(trigger).head() >= 0 && !parse.token(parse.head(trigger).head()).verb()) {
                return Telling.STATE; // "had left the party", "the nine suspended councillors"
            }
            Parse.Arc up = parse.head(trigger);
            if (parse.children(trigger, a -> a.is("mark") || a.is("case")).stream()
                    .anyMatch(t -> TEMPORAL_MARKS.contains(t.lemma())) && !up.is("root") && !sequelOfNews()
                    && !presentConsequence(up)
                    || word.noun() && up.head() >= 0 && (up.is("obl:after") || up.is("obl:since")
                    || up.is("obl:following") || up.is("obl:before") || up.is("nmod:after") || up.is("obj")
                    && Set.of("follow", "echo", "mirror").contains(parse.token(up.head()).lemma()))
                    && !presentConsequence(up)) {
                return Telling.PAST;
            }
            if (up.is("acl:relcl") && (word.tag().equals("VBD") || word.tag().equals("VBN")
                    && parse.children(trigger, "aux:pass").stream().anyMatch(t -> Set.of("was", "were").contains(
                    t.word().toLowerCase(java.util.Locale.ROOT)))) && !perfect()
                    && (when == null || when.tense() != TimeExpressions.Tense.NOW)) {
                return Telling.PAST;
            }
            if (parse.children(trigger, "advmod").stream().anyMatch(t -> Set.of("previously", "formerly", "once",
                    "originally", "already").contains(t.lemma()))) {
                return word.lemma().equals("sit") || perfect() ? Telling.STATE : Telling.PAST;
            }
            if (parse.children(trigger, "obl:since").size() > 0 || parse.children(trigger, "advcl:since").size() > 0) {
                return Telling.STATE;
            }
            return Telling.NEWS;
        }

        /** The time expression the trigger's clause holds: one inside the trigger's own clause, the nearest. */
        TimeExpressions.When when(List<TimeExpressions.When> times) {
            return timeOf(trigger, times);
        }

        private TimeExpressions.When timeOf(int clause, List<TimeExpressions.When> times) {
            int base = parse.sentence().start();
            int at = parse.token(clause).start() - base;
            TimeExpressions.When found = null;
            for (TimeExpressions.When when : times) {
                boolean inside = parse.tokens().stream().filter(t -> t.start() - base >= when.start()
                        && t.end() - base <= when.end()).findFirst().map(t -> clauseOf(t.index()) == clause)
                        .orElse(false);
                if (inside && (found == null || Math.abs(when.start() - at) < Math.abs(found.start() - at))) {
                    found = when;
                }
            }
            return found;
        }

        /**
         * Whether a clause above the trigger sets it in the past: a temporal subordinate clause it sits in ("when
         * he spoke after a group of councillors joined"), or an earlier time the governing clause states.
         */
        private boolean pastAbove(List<TimeExpressions.When> times) {
            int clause = trigger;
            for (int steps = 0; clause >= 0 && steps < 8; steps++) {
                Parse.Arc arc = parse.head(clause);
                if (arc.is("advcl") && parse.children(clause, "mark").stream().anyMatch(t -> TEMPORAL_MARKS.contains(
                        t.lemma())) || arc.head() >= 0 && Set.of("follow", "following").contains(
                        parse.token(arc.head()).lemma()) && (arc.is("advcl") || arc.is("obj") || arc.is("xcomp"))) {
                    return true;
                }
                if (clause != trigger) {
                    TimeExpressions.When when = timeOf(clause, times);
                    if (when != null && when.tense() == TimeExpressions.Tense.PAST) {
                        return true;
                    }
                }
                int up = arc.head();
                while (up >= 0 && !parse.token(up).verb()) {
                    up = parse.head(up).head();
                }
                clause = up;
            }
            return false;
        }

        /** The nearest verb (or trigger) above a token whose clause it belongs to. */
        private int clauseOf(int index) {
            for (int at = parse.head(index).head(), steps = 0; at >= 0 && steps < 50; at = parse.head(at).head(),
                    steps++) {
                if (at == trigger) {
                    return trigger;
                }
                Parse.Arc arc = parse.head(at);
                if (parse.token(at).verb() && (arc.is("acl") || arc.is("advcl") || arc.is("ccomp")
                        || arc.is("xcomp") && !dominatedByTrigger(at) || arc.is("conj") || arc.is("parataxis")
                        || arc.is("root"))) {
                    return at;
                }
            }
            return -1;
        }

        /** "defected to UKIP to become its MP after a by-election in 2014": the xcomp is the trigger's clause. */
        private boolean dominatedByTrigger(int index) {
            return parse.head(index).is("xcomp") && parse.head(index).head() == trigger;
        }

        private boolean negated(int index) {
            if (parse.children(index, "advmod").stream().anyMatch(t -> Set.of("not", "never", "n't").contains(t.lemma()))
                    || parse.children(index, "neg").size() > 0) {
                return true;
            }
            if (parse.children(index, "nsubj").stream().anyMatch(t -> Set.of("none", "nobody", "no-one").contains(
                    t.lemma()))) {
                return true;
            }
            Parse.Arc up = parse.head(index);
            if (up.head() >= 0 && (up.is("xcomp") || up.is("ccomp") || up.is("obj") || up.is("advcl")
                    || up.is("csubj"))) {
                String governor = parse.token(up.head()).lemma();
                if (NEGATING_HEADS.contains(governor)) {
                    return true;
                }
            }
            return false;
        }

        private boolean irrealis() {
            if (parse.sentence().text().strip().endsWith("?")) {
                return true;
            }
            Parse.Arc up0 = parse.head(trigger);
            if ((up0.is("acl") || up0.is("nmod")) && up0.head() >= 0
                    && (PROSPECTS.contains(parse.token(up0.head()).lemma())
                    || GENERALITIES.contains(parse.token(up0.head()).lemma()))) {
                return true; // "a reason to join it", "the pressure to defect", "no intention of defecting"
            }
            if (word.noun()) {
                return prospective();
            }
            if (!finite() && nominalModality()) {
                return true; // "would be among the politicians making the switch"
            }
            boolean speech = false;
            for (int at = trigger, steps = 0; at >= 0 && steps < 4; steps++) {
                if (parse.children(at, "aux").stream().anyMatch(t -> MODALS.contains(t.lemma())
                        || MODALS.contains(t.word().toLowerCase(java.util.Locale.ROOT)))) {
                    return !speech || !Set.of(Act.SIT).contains(actOf());
                }
                if (parse.children(at, "mark").stream().anyMatch(t -> Set.of("if", "unless", "whether")
                        .contains(t.lemma()))) {
                    return true;
                }
                Parse.Arc up = parse.head(at);
                if (up.head() < 0 || !(up.is("xcomp") || up.is("ccomp") || up.is("advcl") || up.is("csubj")
                        || up.is("acl") && !parse.token(up.head()).noun())) {
                    break;
                }
                Parse.Token governor = parse.token(up.head());
                if (SPEECH.contains(governor.lemma())) {
                    speech = true;
                    at = up.head();
                    continue;
                }
                if (up.is("advcl")) {
                    break;
                }
                if (IRREALIS_HEADS.contains(governor.lemma()) || governor.lemma().equals("be")
                        && parse.children(at, "mark").stream().anyMatch(t -> t.lemma().equals("to"))) {
                    return !(governor.lemma().equals("decide") && perfect(up.head()) && actOf() != Act.SIT)
                            || negated(up.head());
                }
                at = up.head();
            }
            return false;
        }

        /**
         * A nominal trigger told as a prospect: "a possible defection", "talk of a defection", "laying the ground for
         * a defection". An indefinite defection without an owner is one; an announced or welcomed one is news.
         */
        private boolean prospective() {
            if (parse.children(trigger, "amod").stream().anyMatch(t -> Set.of("possible", "potential", "likely",
                    "rumoured", "rumored", "threatened", "mooted", "planned", "imminent", "expected", "future",
                    "hypothetical", "further", "mass").contains(t.lemma()))) {
                return true;
            }
            Parse.Arc up = parse.head(trigger);
            boolean owned = !parse.children(trigger, a -> a.is("nmod:poss") || a.is("nmod:of")).isEmpty();
            List<Parse.Token> determiners = parse.children(trigger, "det");
            boolean indefinite = !determiners.isEmpty() && determiners.stream().allMatch(d -> Set.of("a", "an", "any",
                    "no").contains(d.lemma()));
            boolean announced = up.head() >= 0 && Set.of("announce", "confirm", "unveil", "welcome", "celebrate",
                    "follow", "mark", "complete").contains(parse.token(up.head()).lemma());
            if (up.head() >= 0 && (up.is("obl:for") || up.is("nmod:about") || up.is("obl:about")
                    || up.is("nmod:of") && PROSPECTS.contains(parse.token(up.head()).lemma()))) {
                return true;
            }
            return indefinite && !owned && !announced && !parse.token(Math.max(0, trigger - 1)).lemma().equals("new");
        }

        /** Whether the trigger is a finite verb: it has a tense, an auxiliary or a subject of its own. */
        private boolean finite() {
            return Set.of("VBD", "VBZ", "VBP").contains(word.tag()) || !parse.children(trigger, a -> a.is("aux")
                    || a.is("aux:pass") || a.is("nsubj")).isEmpty();
        }

        /** A non-finite trigger inside a noun phrase of a modal clause ("would be among those making the switch"). */
        private boolean nominalModality() {
            int at = trigger;
            for (int steps = 0; steps < 4; steps++) {
                Parse.Arc up = parse.head(at);
                if (up.head() < 0) {
                    return false;
                }
                at = up.head();
                Parse.Token t = parse.token(at);
                if (t.verb() || parse.children(at, "cop").size() > 0) {
                    return parse.children(at, "aux").stream().anyMatch(a -> MODALS.contains(a.word()
                            .toLowerCase(java.util.Locale.ROOT)));
                }
            }
            return false;
        }

        private Act actOf() {
            return Triggers.of(word).map(Triggers.Trigger::act).orElse(Act.LEAVE);
        }

        /** Whether the clause is reported speech ("said she had quit"). */
        private boolean reported() {
            for (int at = trigger, steps = 0; at >= 0 && steps < 3; steps++) {
                Parse.Arc up = parse.head(at);
                if (up.head() < 0) {
                    return false;
                }
                if (SPEECH.contains(parse.token(up.head()).lemma()) && parse.token(up.head()).start() < word.start()) {
                    return true; // "said twenty councillors and he had left the party", however the parse hangs it
                }
                at = up.head();
            }
            return false;
        }

        private boolean pluperfect() {
            return parse.children(trigger, a -> a.is("aux") || a.is("aux:pass")).stream()
                    .anyMatch(t -> t.word().equalsIgnoreCase("had") || t.word().equals("'d"));
        }

        private boolean perfect() {
            return perfect(trigger);
        }

        private boolean perfect(int index) {
            return parse.children(index, a -> a.is("aux") || a.is("aux:pass")).stream()
                    .anyMatch(t -> Set.of("have", "has").contains(t.word().toLowerCase(java.util.Locale.ROOT)));
        }

        private boolean passive() {
            return !parse.children(trigger, "nsubj:pass").isEmpty() || !parse.children(trigger, "aux:pass").isEmpty();
        }

        private List<Parse.Token> objects(String... relations) {
            List<Parse.Token> found = new ArrayList<>();
            for (String relation : relations) {
                found.addAll(parse.children(trigger, arc -> arc.relation().equals(relation)
                        || !relation.contains(":") && arc.relation().equals(relation)));
            }
            return found;
        }

        /** The party side of a nominal trigger: "defection to Reform", "his resignation from the party". */
        private List<Parse.Token> nominalSide(String... prepositions) {
            List<Parse.Token> found = new ArrayList<>();
            for (String p : prepositions) {
                found.addAll(parse.children(trigger, "nmod:" + p));
            }
            return found;
        }

        /** The party named in any of the nodes' spans; CONTEXT for "the party", "the group". */
        private Optional<String> party(List<Parse.Token> nodes) {
            for (Parse.Token node : nodes) {
                Optional<String> p = party(node);
                if (p.isPresent()) {
                    return p;
                }
            }
            return Optional.empty();
        }

        /**
         * The party a node names: a party mention that covers the node's own word ("left Ukip", "joined the Liberal
         * Democrats"), or a party noun and the party named in its modifiers ("the Labour group", "the party of
         * Nigel Farage"; CONTEXT when none is). A noun a party word only modifies ("Labour values") names no party.
         */
        private Optional<String> party(Parse.Token node) {
            if (NOT_PARTIES.contains(node.lemma())) {
                return Optional.empty();
            }
            Optional<String> covering = covering(node);
            if (covering.isPresent()) {
                return covering;
            }
            if (PARTY_NOUNS.contains(node.lemma()) || TITLES.contains(node.lemma())) {
                for (Parse.Token modifier : parse.children(node.index(), a -> a.is("compound") || a.is("amod")
                        || a.is("nmod") || a.is("nmod:poss") || a.is("appos"))) {
                    Optional<String> named = covering(modifier).or(() -> {
                        int[] span = parse.span(modifier.index());
                        return partyWithin(span[0], span[1]);
                    });
                    if (named.isPresent()) {
                        return named;
                    }
                }
                return TITLES.contains(node.lemma()) ? Optional.empty() : Optional.of(CONTEXT);
            }
            if (node.tag().startsWith("PRP") && Set.of("it", "them").contains(node.lemma())) {
                return Optional.of(CONTEXT);
            }
            for (Parse.Token conj : parse.children(node.index(), "conj")) {
                Optional<String> named = covering(conj);
                if (named.isPresent()) {
                    return named;
                }
            }
            return Optional.empty();
        }

        private Optional<String> covering(Parse.Token node) {
            int base = parse.sentence().start();
            return named.stream().filter(p -> p.start() + base <= node.start() && p.end() + base >= node.end())
                    .map(p -> p.group() ? "Independent" : p.canonical()).findFirst();
        }

        /**
         * "UKIP has lost control following the defection of one of its councillors": a mover phrase owned by "its"
         * or "their" belongs to the party the sentence is about (its subject).
         */
        private Optional<String> possessedBy(int[] span) {
            boolean owned = parse.tokens().stream().anyMatch(t -> t.start() >= span[0] && t.end() <= span[1]
                    && Set.of("its", "their").contains(t.word().toLowerCase(java.util.Locale.ROOT)));
            if (!owned) {
                return Optional.empty();
            }
            return parse.tree().stream().filter(a -> a.is("root")).findFirst()
                    .map(root -> parse.children(root.dependent(), a -> a.is("nsubj")))
                    .flatMap(subjects -> subjects.stream().map(this::covering).flatMap(Optional::stream).findFirst());
        }

        /** How many different parties a stretch names ("Labour, Green and Lib Dem councillors" names three). */
        private long parties(int start, int end) {
            int base = parse.sentence().start();
            return named.stream().filter(p -> p.start() + base >= start && p.end() + base <= end)
                    .map(PartyMention::canonical).distinct().count();
        }

        private Optional<String> partyWithin(int start, int end) {
            int base = parse.sentence().start();
            return named.stream().filter(p -> p.start() + base >= start && p.end() + base <= end)
                    .map(p -> p.group() ? "Independent" : p.canonical()).findFirst();
        }

        private boolean independentIn(Parse.Token node) {
            int[] span = parse.span(node.index());
            int base = parse.sentence().start();
            return named.stream().anyMatch(p -> p.start() + base >= span[0] && p.end() + base <= span[1]
                    && (p.independent() || p.group()))
                    || node.lemma().equals("independent") || node.lemma().equals("non-aligned")
                    || node.lemma().equals("unaffiliated");
        }

        private Optional<Parse.Token> groupIn(List<Parse.Token> nodes) {
            int base = parse.sentence().start();
            for (Parse.Token node : nodes) {
                int[] span = parse.span(node.index());
                if (named.stream().anyMatch(p -> p.group() && p.start() + base >= span[0] && p.end() + base <= span[1])) {
                    return Optional.of(node);
                }
            }
            return Optional.empty();
        }

        private String groupName(Parse.Token node) {
            int[] span = parse.span(node.index());
            int base = parse.sentence().start();
            return named.stream().filter(p -> p.group() && p.start() + base >= span[0] && p.end() + base <= span[1])
                    .map(PartyMention::canonical).findFirst().orElse(null);
        }
    }

    /** The party a clause names only as "the party" or "it": the article's, settled by {@link Chronicle}. */
    static final String CONTEXT = "(the party)";
}
