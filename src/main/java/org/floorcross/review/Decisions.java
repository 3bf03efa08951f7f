package org.floorcross.review;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Accepting, rejecting and editing proposed events, automatic or by an editor, each written to the history. */
final class Decisions {

    private final LedgerGate ledger;
    private final ReviewConfig config;

    Decisions(LedgerGate ledger, ReviewConfig config) {
        this.ledger = ledger;
        this.config = config;
    }

    /** After new reports: accept when support reaches the threshold, and bring the ledger up to date if accepted. */
    void settle(Handle handle, long id, Instant now) {
        EventRow row = require(handle, id);
        ProposedEvent event = view(handle, row);
        if (row.status() == Status.PENDING && event.support() >= config.autoAcceptAt()) {
            EventRows.setStatus(handle, id, Status.ACCEPTED);
            HistoryRows.add(handle, new HistoryEntry(id, now, config.reviewer(), "accepted",
                    String.format(Locale.ROOT, "support %.2f reaches the automatic threshold %.2f",
                            event.support(), config.autoAcceptAt()), null));
            row = require(handle, id);
        }
        if (row.status() == Status.ACCEPTED) {
            apply(handle, row, now, config.reviewer());
        }
    }

    void accept(Handle handle, long id, Decision decision, Instant now) {
        EventRow row = require(handle, id);
        if (row.status() != Status.ACCEPTED) {
            EventRows.setStatus(handle, id, Status.ACCEPTED);
            HistoryRows.add(handle, new HistoryEntry(id, now, decision.by(), "accepted", decision.why(), null));
        }
        apply(handle, require(handle, id), now, decision.by());
    }

    void reject(Handle handle, long id, Decision decision, Instant now) {
        EventRow row = require(handle, id);
        if (row.status() == Status.REJECTED) {
            return;
        }
        String withdrawn = null;
        if (row.appliedKey() != null) {
            withdrawn = ledger.withdraw(row.appliedKey(), decision.why());
            EventRows.setAppliedKey(handle, id, null);
        }
        EventRows.setStatus(handle, id, Status.REJECTED);
        HistoryRows.add(handle, new HistoryEntry(id, now, decision.by(), "rejected", decision.why(), withdrawn));
    }

    void edit(Handle handle, long id, Edit edit, Decision decision, Instant now) {
        if (edit.isEmpty()) {
            throw new IllegalArgumentException("an edit of event " + id + " must change something");
        }
        EventRow row = require(handle, id);
        Edit merged = edit.over(row.edit());
        EventRows.setEdit(handle, id, merged);
        HistoryRows.add(handle, new HistoryEntry(id, now, decision.by(), "edited", decision.why(), edit.describe()));
        if (row.status() == Status.ACCEPTED) {
            apply(handle, require(handle, id), now, decision.by());
        }
    }

    ProposedEvent view(Handle handle, EventRow row) {
        List<Claim> claims = ClaimRows.ofEvent(handle, row.id());
        Map<String, StoredArticle> articles = ArticleRows.byHash(handle,
                claims.stream().map(Claim::contentHash).toList());
        return Consensus.of(row, claims, articles);
    }

    static EventRow require(Handle handle, long id) {
        return EventRows.find(handle, id)
                .orElseThrow(() -> new IllegalArgumentException("no proposed event has id " + id));
    }

    private void apply(Handle handle, EventRow row, Instant now, String by) {
        LedgerGate.Application application = ledger.apply(view(handle, row), row.appliedKey());
        if (!java.util.Objects.equals(application.key(), row.appliedKey())) {
            EventRows.setAppliedKey(handle, row.id(), application.key());
        }
        if (application.changed()) {
            String action = row.appliedKey() == null ? "applied" : "re-applied";
            HistoryRows.add(handle, new HistoryEntry(row.id(), now, by, action, null, application.detail()));
        }
    }
}
