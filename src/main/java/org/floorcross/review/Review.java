package org.floorcross.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.floorcross.extract.ArticleExtraction;
import org.floorcross.news.Article;
import org.jdbi.v3.core.Jdbi;

/**
 * From news to the ledger: ingests articles (each in one transaction, deduplicated by content), corroborates their
 * claims into one proposed event per real-world move, accepts the well-supported ones automatically, lets an editor
 * accept, reject or edit the rest, applies accepted events to the ledger and keeps every decision's history.
 */
public final class Review {

    private final Jdbi jdbi;
    private final Ingest ingest;
    private final Decisions decisions;
    private final Clock clock;

    Review(Jdbi jdbi, Function<Article, ArticleExtraction> extractor, Function<String, List<LocalDate>> elections,
           LedgerGate ledger, ReviewConfig config, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.decisions = new Decisions(ledger, config);
        this.ingest = new Ingest(extractor, new Claims(elections), new Corroboration(config.windowDays()), decisions,
                clock);
    }

    /**
     * Ingests the articles in order, each in its own transaction: an article that fails leaves nothing behind and is
     * listed in the report's failures; ingesting it again later completes it.
     */
    public IngestReport ingest(List<Article> articles, IntConsumer progress) {
        int stored = 0;
        int claims = 0;
        Set<Long> events = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            try {
                Ingest.Outcome outcome = jdbi.inTransaction(handle -> ingest.article(handle, article));
                stored += outcome.stored() ? 1 : 0;
                claims += outcome.claims();
                events.addAll(outcome.events());
            } catch (RuntimeException e) {
                failures.add(article.origin() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
            progress.accept(i + 1);
        }
        int duplicates = articles.size() - stored - failures.size();
        return new IngestReport(articles.size(), stored, duplicates, claims, List.copyOf(events), failures);
    }

    /** Every proposed event, oldest first. */
    public List<ProposedEvent> events() {
        return list(Optional.empty());
    }

    /** The events waiting for an editor, oldest first. */
    public List<ProposedEvent> pending() {
        return list(Optional.of(Status.PENDING));
    }

    public Optional<ProposedEvent> findEvent(long id) {
        return jdbi.withHandle(handle -> EventRows.find(handle, id).map(row -> decisions.view(handle, row)));
    }

    public ProposedEvent requireEvent(long id) {
        return findEvent(id).orElseThrow(() -> new IllegalArgumentException("no proposed event has id " + id));
    }

    /** Accepts the event and applies it to the ledger; accepting an accepted event changes nothing. */
    public ProposedEvent accept(long id, Decision decision) {
        jdbi.useTransaction(handle -> decisions.accept(handle, id, decision, clock.instant()));
        return requireEvent(id);
    }

    /** Rejects the event, withdrawing it from the ledger if it had been applied. */
    public ProposedEvent reject(long id, Decision decision) {
        jdbi.useTransaction(handle -> decisions.reject(handle, id, decision, clock.instant()));
        return requireEvent(id);
    }

    /** Corrects details of the event; an accepted event is re-applied with them. */
    public ProposedEvent edit(long id, Edit edit, Decision decision) {
        jdbi.useTransaction(handle -> decisions.edit(handle, id, edit, decision, clock.instant()));
        return requireEvent(id);
    }

    /** Every change to the event, oldest first. */
    public List<HistoryEntry> history(long id) {
        return jdbi.withHandle(handle -> {
            Decisions.require(handle, id);
            return HistoryRows.of(handle, id);
        });
    }

    private List<ProposedEvent> list(Optional<Status> status) {
        return jdbi.withHandle(handle -> EventRows.ids(handle, status).stream()
                .map(id -> decisions.view(handle, Decisions.require(handle, id))).toList());
    }
}
