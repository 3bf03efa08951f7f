package org.floorcross.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.floorcross.news.Article;
import org.floorcross.register.Register;

/**
 * Turns an article into the changes of allegiance it reports. A pure function of the article and the register: no
 * global mutable state, nothing written; the NLP pipeline is built once per instance and the instance is thread-safe.
 * The cascade: a one-pass prefilter, cheap sentence selection, CoreNLP on the selected sentences only, domain rules,
 * then resolution of bodies, parties and people against the register.
 */
public final class Extractor {

    private static final java.util.regex.Pattern COUNCILLOR_SUBJECT = java.util.regex.Pattern.compile(
            "\\b(?:[Cc]ouncillors?|Cllrs?)\\b");

    private static final java.util.regex.Pattern PARTY_TAIL = java.util.regex.Pattern.compile("(?:\\s+(?:Tories|Tory"
            + "|Labour|Conservatives?|Greens?|Liberal Democrats?|Lib Dems?|Reform(?: UK)?|SNP|Plaid|Independents?"
            + "|[Cc]ouncillors?|[Gg]roup))+$");


    /** Capitalised place words joined as council names join them: "Antrim and Newtownabbey", "Stoke-on-Trent". */
    private static final java.util.regex.Pattern PLACE_RUN = java.util.regex.Pattern.compile(
            "[A-Z][\\w'’.-]*(?: (?:and|upon|on|under|in|the) [A-Z][\\w'’.-]*| [A-Z][\\w'’.-]*){0,4}");

    /** Which reader turns candidate sentences into events: the surface rules, or the clause reader on a parse. */
    public enum Reading { RULES, CLAUSES }

    private final Prefilter prefilter = Prefilter.standard();
    private final Reading reading;
    private final Annotator annotator;
    private final Parser parser;
    private final MoveReader moveReader;
    private final Chronicle chronicle;
    private final Directory directory;
    private final ClueReader clues;
    private final Stories stories;
    private final BodyFinder bodies;
    private final PartyLexicon partyLexicon;
    private final Candidates candidates;
    private final Followers followers;

    public Extractor(Register register) {
        this(register, Reading.RULES);
    }

    public Extractor(Register register, Reading reading) {
        this(new RegisterDirectory(register), reading == Reading.RULES ? new CoreNlpAnnotator() : null,
                reading == Reading.CLAUSES ? new CoreNlpParser() : null, reading);
    }

    Extractor(Directory directory, Annotator annotator) {
        this(directory, annotator, null, Reading.RULES);
    }

    Extractor(Directory directory, Parser parser) {
        this(directory, null, parser, Reading.CLAUSES);
    }

    private Extractor(Directory directory, Annotator annotator, Parser parser, Reading reading) {
        this.reading = reading;
        this.directory = Objects.requireNonNull(directory, "directory");
        this.annotator = reading == Reading.RULES ? Objects.requireNonNull(annotator, "annotator") : null;
        this.parser = reading == Reading.CLAUSES ? Objects.requireNonNull(parser, "parser") : null;
        this.partyLexicon = new PartyLexicon(directory::party, directory.partyLabels());
        this.candidates = new Candidates(partyLexicon);
        this.followers = new Followers(partyLexicon);
        this.clues = new ClueReader(partyLexicon);
        this.stories = new Stories(directory);
        this.bodies = new BodyFinder(directory);
        this.moveReader = new MoveReader(partyLexicon);
        this.chronicle = new Chronicle(directory, partyLexicon);
    }

    /** The prefilter alone: false means the text certainly reports no change of allegiance. Memory speed. */
    public boolean mayReport(String text) {
        return prefilter.accepts(text == null ? "" : text);
    }

    public ArticleExtraction extract(Article article) {
        Objects.requireNonNull(article, "article");
        String text = article.text() == null ? "" : article.text();
        LocalDate published = Optional.ofNullable(article.published()).or(() -> PublishedDate.stated(text)).orElse(null);
        String publishedIso = published == null ? null : published.toString();
        if (!mayReport(text)) {
            return new ArticleExtraction(article.id(), publishedIso, false, List.of());
        }
        List<ExtractedEvent> events = reading == Reading.RULES ? events(text, published) : clauses(text, published);
        return new ArticleExtraction(article.id(), publishedIso, !events.isEmpty(), events);
    }

    private List<ExtractedEvent> events(String text, LocalDate published) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<Sentence> candidates = this.candidates.select(sentences);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Integer, List<Mention>> annotated = new HashMap<>();
        Function<Sentence, List<Mention>> mentions = s -> annotated.computeIfAbsent(s.index(),
                i -> ListedNames.complete(s, annotator.annotate(s, published)));
        List<BodyMention> named = bodies.find(text);
        String articleParty = articleParty(sentences, published);
        java.util.Set<String> wards = wards(named);
        List<Clue> found = new ArrayList<>();
        for (Sentence sentence : candidates) {
            List<Clue> read = clues.read(sentence, mentions.apply(sentence), bodiesIn(sentence, named), published,
                    articleParty).stream().map(c -> c.mapPeople(p -> person(p, text, wards))).toList();
            List<PartyMention> parties = partyLexicon.find(sentence.text(), published);
            read = read.stream().flatMap(c -> c.definite() ? Roundup.split(c, Roundup.bind(sentence, c.people(), named,
                    parties, c.to())).stream() : java.util.stream.Stream.of(c)).toList();
            if (read.stream().anyMatch(Clue::definite) && sentence.index() + 1 < sentences.size()) {
                read = followers.add(read, sentences, sentence.index() + 1, mentions, named, text).stream()
                        .map(c -> c.mapPeople(p -> person(p, text, wards))).toList();
            }
            found.addAll(read);
        }
        Unseated unseated = Unseated.in(sentences);
        found.removeIf(unseated::covers);
        if (found.stream().allMatch(Clue::background)) {
            return List.of();
        }
        LocalDate at = published; // null: the latest rosters, so the output never depends on the day it is run
        List<String> titled = java.util.stream.Stream.concat(Names.titled(text).stream(),
                        Names.described(text).stream())
                .map(n -> Names.expand(n.name(), text))
                .filter(Objects::nonNull).distinct().toList();
        Optional<BodyRef> main = mainBody(named, sentences, mentions, at);
        return stories.events(found, new ArticleContext(at, main, titled, sentences, named));
    }

    /** The clause reader: moves read on the parse of each candidate sentence, then the story model of the article. */
    private List<ExtractedEvent> clauses(String text, LocalDate published) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<BodyMention> named = bodies.find(text);
        Map<Integer, Parse> parsed = new HashMap<>();
        Function<Sentence, Parse> parses = s -> parsed.computeIfAbsent(s.index(), i -> parser.parse(s));
        List<Move> moves = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (Triggers.mayHold(sentence.text()) && candidates.political(sentence)
                    && !ELSEWHERE.matcher(sentence.text()).lookingAt()) {
                moves.addAll(moveReader.read(parses.apply(sentence), named, published));
            }
        }
        if (moves.stream().noneMatch(Move::news)) {
            return List.of();
        }
        Optional<BodyRef> main = storyBody(named, sentences, published, parses);
        return chronicle.events(moves, new Chronicle.Setting(text, published, sentences, named, main,
                articleParty(sentences, published), parses));
    }

    /** Capitalised words of a sentence as place candidates, for the opening's councils without an NER pass. */
    private List<Mention> capitalised(Sentence sentence) {
        List<Mention> words = new ArrayList<>();
        java.util.regex.Matcher m = CAPITALISED.matcher(sentence.text());
        while (m.find()) {
            if (!NOT_PLACES.matcher(m.group()).matches() && !PartyLexicon.isPartyName(m.group())
                    && !CONSTITUENCY_AFTER.matcher(sentence.text()).region(m.end(), sentence.text().length()).lookingAt()
                    && !CONSTITUENCY_BEFORE.matcher(sentence.text().substring(0, m.start())).find()) {
                words.add(new Mention("LOCATION", sentence.start() + m.start(), sentence.start() + m.end(),
                        m.group(), null));
            }
        }
        return words;
    }

    /** A line that points to other stories ("Read more: ...", "ALSO READ: ..."): what it tells is not this article's. */
    private static final java.util.regex.Pattern ELSEWHERE = java.util.regex.Pattern.compile("(?i)\\s*(?:also read"
            + "|read more|read also|related(?: stories| articles)?|see also|more on|more from|watch|listen|recommended"
            + "|you may also like|most read|trending|latest)\\s*[:|-]");

    /** A place that names a constituency, not a council: "the Edinburgh Eastern MSP", "MP for Dover". */
    private static final java.util.regex.Pattern CONSTITUENCY_AFTER = java.util.regex.Pattern.compile(
            "(?:[ -][A-Z][\\w'’-]*){0,3}(?: and [A-Z][\\w'’-]*)? (?:MPs?|MSPs?|MSs?|AMs?|MLAs?|constituency)\\b");
    private static final java.util.regex.Pattern CONSTITUENCY_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:MPs?|MSPs?|MSs?|AMs?|MLAs?|[Mm]ember) for (?:[A-Z][\\w'’-]* ){0,3}$");
    private static final java.util.regex.Pattern NOT_PLACES = java.util.regex.Pattern.compile("(?:One|Two|Three"
            + "|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Both|All|Another|Several"
            + "|The|A|An|This|That|These|Those|His|Her|Their|Its|It|He|She|They|We|Our|My|Mr|Mrs|Ms|Miss|Cllr|Cllrs"
            + "|Councillor|Councillors|Sir|Dame|Dr|Lord|Lady|Former|Ex|New|Senior|Veteran|Local|County|Borough"
            + "|District|City|Town|Parish|Council|Party|Group|Independent|Independents|Leader|Deputy|Mayor|Prime"
            + "|Minister|Member|Members|January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday"
            + "|Last|Earlier|After|Before|Following|In|On|At|For|From|By|With|As|But|And|Or|If|When|While|Published"
            + "|Updated|Home|News|Politics|Read|More|Share|Image|Picture|Credit|Photo|Video|Watch|Follow|Related"
            + "|Westminster|Holyrood|Stormont|Whitehall|Downing|Parliament|Commons|Senedd|Assembly|Britain|UK|England"
            + "|Scotland|Wales|Ireland|Scottish|Welsh|Irish|British|English)");

    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile(
            "(?<![\\w'’-])[A-Z][a-z][\\w'’-]*");

    /** The full name the article gives a mention, or null when it is a ward name ("Heston West"), not a person. */
    private static String person(String mention, String text, java.util.Set<String> wards) {
        String name = Names.expand(mention, text);
        return name == null || wards.contains(Directory.key(mention)) || wards.contains(Directory.key(name)) ? null : name;
    }

    /** The ward names of the councils the article names, lower-cased. */
    private java.util.Set<String> wards(List<BodyMention> named) {
        return named.stream().map(m -> m.ref().body()).filter(b -> b != null && BodyFinder.principal(b.kind()))
                .map(org.floorcross.register.Body::id).distinct().flatMap(id -> directory.wards(id).stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    private String articleParty(List<Sentence> sentences, LocalDate published) {
        return sentences.stream().limit(3).flatMap(s -> partyLexicon.find(s.text(), published).stream())
                .filter(p -> !p.independent() && !p.group()).map(PartyMention::canonical).findFirst().orElse(null);
    }

    /**
     * The bodies a sentence names; titles (MP, MSP) count only in the subject, before the first cue, and when the
     * subject is a councillor a parliament named after the cue is only in passing ("may stand at Holyrood").
     */
    private static List<BodyRef> bodiesIn(Sentence sentence, List<BodyMention> named) {
        int firstCue = CueFinder.find(sentence.text()).stream().mapToInt(Cue::start).min().orElse(0);
        boolean councillors = COUNCILLOR_SUBJECT.matcher(sentence.text().substring(0, firstCue)).find();
        List<BodyMention> inside = named.stream()
                .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end())
                .filter(m -> m.explicit() || m.start() < sentence.start() + firstCue)
                .filter(m -> !councillors || !m.ref().parliament() || m.start() < sentence.start() + firstCue).toList();
        boolean council = inside.stream().anyMatch(m -> !m.ref().parliament());
        return inside.stream().filter(m -> !council || !m.ref().parliament()).map(BodyMention::ref).distinct().toList();
    }

    /**
     * The article's council for the clause reader: the first council its opening names outright ("Broxtowe
     * borough council"), else the first place in the opening that names one ("councillors in Pendle"), else the
     * first parliamentary title there, else the first council named anywhere. A county named as the area ("a
     * local authority in Nottinghamshire") yields to the council the opening names.
     */
    private Optional<BodyRef> storyBody(List<BodyMention> named, List<Sentence> sentences, LocalDate at,
                                        Function<Sentence, Parse> parses) {
        List<Sentence> opening = sentences.subList(0, Math.min(3, sentences.size()));
        int openingEnd = opening.isEmpty() ? 0 : opening.get(opening.size() - 1).end();
        Optional<BodyRef> explicit = named.stream().filter(m -> m.explicit() && !m.ref().parish()
                && !m.ref().parliament() && m.start() < openingEnd).map(BodyMention::ref).findFirst();
        return explicit.or(() -> placeNamingCouncil(opening, parses, at))
                .or(() -> named.stream().filter(m -> m.ref().parliament() && m.start() < openingEnd)
                        .map(BodyMention::ref).findFirst())
                .or(() -> named.stream().filter(m -> !m.ref().parish()).map(BodyMention::ref).findFirst())
                .or(() -> named.stream().map(BodyMention::ref).findFirst());
    }

    /**
     * A place in the opening that is a council's name ("two Labour councillors in Kirklees", "Pendle councillors"),
     * in a sentence about councils or councillors: proper nouns the parser does not take for people, the longest
     * run first, matched to a council's whole name, never to the start of one ("Scottish" is not Scottish Borders),
     * and never a constituency ("the Edinburgh Eastern MSP") or Westminster.
     */
    private Optional<BodyRef> placeNamingCouncil(List<Sentence> opening, Function<Sentence, Parse> parses,
                                                 LocalDate at) {
        for (Sentence sentence : opening) {
            if (!COUNCIL_WORDS.matcher(sentence.text()).find()) {
                continue;
            }
            List<Parse.Token> tokens = parses.apply(sentence).tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (!place(tokens.get(i), sentence)) {
                    continue;
                }
                int end = i;
                while (end + 1 < tokens.size() && (place(tokens.get(end + 1), sentence)
                        || Set.of("and", "&", "upon", "on", "under", "-", "with").contains(tokens.get(end + 1).word())
                        && end + 2 < tokens.size() && place(tokens.get(end + 2), sentence))) {
                    end++;
                }
                for (int last = end; last >= i; last--) {
                    String run = sentence.text().substring(tokens.get(i).start() - sentence.start(),
                            tokens.get(last).end() - sentence.start());
                    Optional<org.floorcross.register.Body> body = directory.bodyNamed(run)
                            .filter(b -> BodyFinder.principal(b.kind()) && existsOn(b, at)
                                    && !BodyFinder.capitalNotCity(run, b));
                    if (body.isPresent() && !CONSTITUENCY_AFTER.matcher(sentence.text())
                            .region(tokens.get(last).end() - sentence.start(), sentence.text().length()).lookingAt()) {
                        return body.map(b -> new BodyRef(b.name(), b));
                    }
                }
                i = end;
            }
        }
        return Optional.empty();
    }

    /** A word of a place's name: a proper noun, or a capitalised word the tagger read otherwise ("Great"). */
    private static boolean place(Parse.Token token, Sentence sentence) {
        return (token.tag().startsWith("NNP") || Character.isUpperCase(token.word().charAt(0))
                && (token.tag().startsWith("JJ") || token.tag().startsWith("NN")))
                && !token.person() && !NOT_PLACES.matcher(token.word()).matches()
                && !PartyLexicon.isPartyName(token.word());
    }

    private static final java.util.regex.Pattern COUNCIL_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:councils?|councillors?|cllrs?|authority|ward|borough|district|county)\\b");

    /** The first council the article names, or the first place in its opening that is one, whichever comes first. */
    private Optional<BodyRef> mainBody(List<BodyMention> named, List<Sentence> sentences,
                                       Function<Sentence, List<Mention>> mentions, LocalDate at) {
        Optional<BodyMention> explicit = named.stream()
                .filter(m -> m.explicit() && !m.ref().parish() && !m.ref().parliament()).findFirst();
        List<Sentence> opening = sentences.subList(0, Math.min(3, sentences.size()));
        int openingEnd = opening.get(opening.size() - 1).end();
        Optional<BodyMention> title = named.stream()
                .filter(m -> m.ref().parliament() && m.start() < openingEnd).findFirst();
        return java.util.stream.Stream.of(explicit, places(opening, mentions, at), title).flatMap(Optional::stream)
                .min(java.util.Comparator.comparingInt(BodyMention::start)).map(BodyMention::ref)
                .or(() -> named.stream().map(BodyMention::ref).findFirst());
    }

    /** Whether the body existed on the date; with no date, whether it still exists (never "today", which moves). */
    private static boolean existsOn(org.floorcross.register.Body body, LocalDate at) {
        return at == null ? body.end() == null : body.existsOn(at);
    }

    /** The principal council a place names, party words after it dropped ("Ribble Valley Tories" names Ribble Valley). */
    private Optional<org.floorcross.register.Body> council(String place, LocalDate at) {
        String words = PARTY_TAIL.matcher(place.strip()).replaceFirst("");
        return directory.body(words).filter(b -> BodyFinder.principal(b.kind()) && existsOn(b, at))
                .filter(b -> !BodyFinder.capitalNotCity(words, b));
    }

    /**
     * The council a place names on the date, trying longer runs of place words first ("Antrim and Newtownabbey"
     * before "Antrim", which names a council abolished in 2015), never a part of the place ("Stoke" of "Stoke Newington").
     */
    private Optional<BodyMention> council(Sentence sentence, Mention place, LocalDate at) {
        java.util.regex.Matcher run = PLACE_RUN.matcher(sentence.text().substring(place.start() - sentence.start()));
        List<String> candidates = new ArrayList<>();
        if (run.lookingAt()) {
            String[] words = run.group().split(" ");
            for (int n = words.length; n > 0; n--) {
                String candidate = String.join(" ", java.util.Arrays.copyOf(words, n));
                if (candidate.length() > place.text().length()) {
                    candidates.add(candidate);
                }
            }
        }
        candidates.add(place.text());
        for (String candidate : candidates) {
            Optional<org.floorcross.register.Body> body = council(candidate, at);
            if (body.isPresent()) {
                return body.map(b -> new BodyMention(place.start(), place.start() + candidate.length(),
                        new BodyRef(b.name(), b), false));
            }
        }
        return Optional.empty();
    }

    /** The first place in the opening sentences that names a principal council ("councillors in Pendle"). */
    private Optional<BodyMention> places(List<Sentence> opening, Function<Sentence, List<Mention>> mentions,
                                         LocalDate at) {
        for (Sentence sentence : opening) {
            for (Mention m : mentions.apply(sentence)) {
                if (m.type().equals("LOCATION") || m.type().equals("ORGANIZATION")) {
                    Optional<BodyMention> ref = council(sentence, m, at);
                    if (ref.isPresent()) {
                        return ref;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
