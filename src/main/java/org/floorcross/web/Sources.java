package org.floorcross.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.floorcross.ledger.Event;
import org.floorcross.ledger.Source;
import org.floorcross.review.ProposedEvent;
import org.floorcross.review.Report;
import org.floorcross.review.Review;
import org.floorcross.web.Records.HistoryEntry;
import org.floorcross.web.Records.SourceRef;
import org.floorcross.web.Records.SourceText;
import org.floorcross.web.Records.Span;

/**
 * Links a ledger event to the review's proposed event that it came from (same body, a report from the same article),
 * for its evidence sentences and its review history.
 */
final class Sources {

    private static final String GAP = " … ";

    private final Review review;

    Sources(Review review) {
        this.review = review;
    }

    SourceRef ref(Source source) {
        return new SourceRef(source.articleId(), source.url(), source.title(), null);
    }

    List<SourceText> texts(Event event) {
        Optional<ProposedEvent> proposed = proposal(event);
        List<SourceText> texts = new ArrayList<>();
        for (Source source : event.sources()) {
            Optional<Report> report = proposed.flatMap(p -> p.reports().stream()
                    .filter(r -> Objects.equals(r.articleId(), source.articleId())).findFirst());
            texts.add(report.map(r -> text(source, r)).orElse(new SourceText(ref(source), null, List.of())));
        }
        return texts;
    }

    /** The report's evidence sentences, each one highlighted, joined with an ellipsis. */
    private SourceText text(Source source, Report report) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String sentence : report.sentences()) {
            if (!text.isEmpty()) {
                text.append(GAP);
            }
            spans.add(new Span(text.length(), text.length() + sentence.length()));
            text.append(sentence);
        }
        SourceRef ref = new SourceRef(source.articleId(), source.url(), source.title(), report.published());
        return new SourceText(ref, text.toString(), spans);
    }

    List<HistoryEntry> history(Event event) {
        return proposal(event).map(p -> review.history(p.id()).stream()
                .map(h -> new HistoryEntry(h.at(), h.by(), h.action() + (h.detail() == null || h.detail().isBlank()
                        ? "" : ": " + h.detail()), h.why())).toList()).orElse(List.of());
    }

    private Optional<ProposedEvent> proposal(Event event) {
        List<String> articles = event.sources().stream().map(Source::articleId).filter(Objects::nonNull).toList();
        return review.events().stream()
                .filter(p -> event.bodyId().equals(p.bodyId()) && p.kind().equals(event.kind()))
                .filter(p -> p.reports().stream().anyMatch(r -> articles.contains(r.articleId())))
                .findFirst();
    }
}
