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
import org.floorcross.ledger.Baselines;
import org.floorcross.ledger.Ledger;
import org.floorcross.store.Store;

/**
 * From news to the ledger: ingests articles (each in one transaction, deduplicated by content), corroborates their
 * claims into one proposed event per real-world move, accepts the well-supported ones automatically, lets an editor
 * accept, reject or edit the rest, applies accepted events to the ledger and keeps every decision's history.
 */
public final class Review {

    private final Store store;
    private final Ingest ingest;
    private final Decisions decisions;
    private final Clock clock;

    /**
     * @param store where articles, claims, events and history are kept (the ledger's store)
     * @param baselines the bodies' rosters, from which election dates are read
     * @param extractor finds the claims in an article
     * @param ledger where accepted events are applied
     */
    public Review(Store store, Baselines baselines, Function<Article, ArticleExtraction> extractor, Ledger ledger,
                  ReviewConfig config, Clock clock) {
        this(store, extractor, bodyId -> Elections.of(baselines.rosters(bodyId)), new LedgerApplication(ledger),
                config, clock);
    }

    Review(Store store, Function<Article, ArticleExtraction> extractor, Function<String, List<LocalDate>> elections,
           LedgerGate ledger, ReviewConfig config, Clock clock) {
        this.store = store;
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
                Ingest.Outcome outcome = store.inTransaction(handle -> ingest.article(handle, article));
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
        return store.withHandle(handle -> EventRows.find(handle, id).map(row -> decisions.view(handle, row)));
    }

    public ProposedEvent requireEvent(long id) {
        return findEvent(id).orElseThrow(() -> new IllegalArgumentException("no proposed event has id " + id));
    }

    /** Accepts the event and applies it to the ledger; accepting an accepted event changes nothing. */
    public ProposedEvent accept(long id, Decision decision) {
        store.inTransaction(handle -> {
            decisions.accept(handle, id, decision, clock.instant());
            return id;
        });
        return requireEvent(id);
    }

    /** Rejects the event, withdrawing it from the ledger if it had been applied. */
    public ProposedEvent reject(long id, Decision decision) {
        store.inTransaction(handle -> {
            decisions.reject(handle, id, decision, clock.instant());
            return id;
        });
        return requireEvent(id);
    }

    /** Corrects details of the event; an accepted event is re-applied with them. */
    public ProposedEvent edit(long id, Edit edit, Decision decision) {
        store.inTransaction(handle -> {
            decisions.edit(handle, id, edit, decision, clock.instant());
            return id;
        });
        return requireEvent(id);
    }

    /** Every change to the event, oldest first. */
    public List<HistoryEntry> history(long id) {
        return store.withHandle(handle -> {
            Decisions.require(handle, id);
            return HistoryRows.of(handle, id);
        });
    }

    private List<ProposedEvent> list(Optional<Status> status) {
        return store.withHandle(handle -> EventRows.ids(handle, status).stream()
                .map(id -> decisions.view(handle, Decisions.require(handle, id))).toList());
    }
}
