package org.floorcross.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.floorcross.news.Article;
import org.floorcross.register.Register;

/**
 * Turns an article into the changes of allegiance it reports. A pure function of the article and the register: no
 * global mutable state, nothing written; the NLP pipeline is built once per instance and the instance is thread-safe.
 * The cascade: a one-pass prefilter, cheap sentence selection, CoreNLP on the selected sentences only, domain rules,
 * then resolution of bodies, parties and people against the register.
 */
public final class Extractor {

    private final Prefilter prefilter = Prefilter.standard();
    private final Annotator annotator;
    private final Directory directory;
    private final ClueReader clues;
    private final Stories stories;
    private final BodyFinder bodies;

    public Extractor(Register register) {
        this(new RegisterDirectory(register), new CoreNlpAnnotator());
    }

    Extractor(Directory directory, Annotator annotator) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.clues = new ClueReader(new PartyLexicon(directory::party));
        this.stories = new Stories(directory);
        this.bodies = new BodyFinder(directory);
    }

    public ArticleExtraction extract(Article article) {
        Objects.requireNonNull(article, "article");
        String text = article.text() == null ? "" : article.text();
        LocalDate published = Optional.ofNullable(article.published()).or(() -> PublishedDate.stated(text)).orElse(null);
        String publishedIso = published == null ? null : published.toString();
        if (!prefilter.accepts(text)) {
            return new ArticleExtraction(article.id(), publishedIso, false, List.of());
        }
        List<ExtractedEvent> events = events(text, published);
        return new ArticleExtraction(article.id(), publishedIso, !events.isEmpty(), events);
    }

    private List<ExtractedEvent> events(String text, LocalDate published) {
        List<Sentence> sentences = SentenceSplitter.split(text);
        List<Sentence> candidates = sentences.stream().filter(s -> !CueFinder.find(s.text()).isEmpty()).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<BodyMention> named = bodies.find(text);
        int year = published == null ? 0 : published.getYear();
        List<Clue> found = new ArrayList<>();
        for (Sentence sentence : candidates) {
            List<Mention> mentions = annotator.annotate(sentence, published);
            found.addAll(clues.read(sentence, mentions, bodiesIn(sentence, named), year));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        LocalDate at = published == null ? LocalDate.now() : published;
        List<String> titled = Names.titled(text).stream().map(Names.Located::name).distinct().toList();
        return stories.events(found, new ArticleContext(at, mainBody(named, sentences, published), titled));
    }

    private static List<BodyRef> bodiesIn(Sentence sentence, List<BodyMention> named) {
        List<BodyMention> inside = named.stream()
                .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()).toList();
        boolean council = inside.stream().anyMatch(m -> !m.ref().parliament());
        return inside.stream().filter(m -> !council || !m.ref().parliament()).map(BodyMention::ref).distinct().toList();
    }

    private Optional<BodyRef> mainBody(List<BodyMention> named, List<Sentence> sentences, LocalDate published) {
        Optional<BodyRef> explicit = named.stream().filter(m -> m.explicit() && !m.ref().parish() && !m.ref().parliament())
                .map(BodyMention::ref).findFirst();
        if (explicit.isPresent()) {
            return explicit;
        }
        Optional<BodyRef> place = places(sentences.subList(0, Math.min(3, sentences.size())), published);
        return place.or(() -> named.stream().map(BodyMention::ref).findFirst());
    }

    /** The first place in the opening sentences that names a principal council ("councillors in Pendle"). */
    private Optional<BodyRef> places(List<Sentence> opening, LocalDate published) {
        for (Sentence sentence : opening) {
            for (Mention m : annotator.annotate(sentence, published)) {
                if (m.type().equals("LOCATION") || m.type().equals("ORGANIZATION")) {
                    Optional<BodyRef> ref = directory.body(m.text()).filter(b -> BodyFinder.principal(b.kind()))
                            .map(b -> new BodyRef(b.name(), b));
                    if (ref.isPresent()) {
                        return ref;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
