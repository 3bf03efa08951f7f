package org.floorcross.review;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.floorcross.ledger.AppendResult;
import org.floorcross.ledger.Defection;
import org.floorcross.ledger.Event;
import org.floorcross.ledger.Ledger;
import org.floorcross.ledger.Reinstatement;
import org.floorcross.ledger.Source;
import org.floorcross.ledger.Span;
import org.floorcross.ledger.Suspension;

/**
 * Applies accepted events to the {@link Ledger}. An event the ledger cannot hold (a body outside the register, nobody
 * named and no count) is kept by review under the key {@value #NOT_APPLIED} with the reason in its history. An event
 * with an unknown date is entered on the day its first report was received, with precision UNKNOWN.
 */
final class LedgerApplication implements LedgerGate {

    static final String NOT_APPLIED = "not-applied";

    private final Ledger ledger;

    LedgerApplication(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Application apply(ProposedEvent proposed, String previousKey) {
        Event event;
        try {
            event = toLedger(proposed);
        } catch (IllegalArgumentException e) {
            withdraw(previousKey, null);
            return new Application(NOT_APPLIED, !NOT_APPLIED.equals(previousKey),
                    "kept in review, not applied to the ledger: " + e.getMessage());
        }
        boolean replaced = previousKey != null && !previousKey.equals(event.key());
        String withdrawn = replaced ? withdraw(previousKey, null) : "";
        AppendResult result = ledger.append(event);
        boolean changed = replaced || result.added() || result.sourcesAdded() > 0;
        return new Application(event.key(), changed, withdrawn + Compositions.describe(result));
    }

    @Override
    public String withdraw(String key, String why) {
        if (key == null || NOT_APPLIED.equals(key)) {
            return "";
        }
        return ledger.withdraw(key).map(found -> "withdrew the earlier entry (" + found.event().effective() + "); ")
                .orElse("");
    }

    static Event toLedger(ProposedEvent e) {
        if (e.bodyId() == null) {
            throw new IllegalArgumentException(e.bodyName() + " is not in the register");
        }
        LocalDate effective = e.date().known() ? e.date().date() : firstReceived(e);
        List<Source> sources = e.reports().stream()
                .map(r -> new Source(r.articleId(), r.url(), null,
                        r.evidence().stream().map(span -> new Span(span.start(), span.end())).toList()))
                .toList();
        Integer count = e.count() == null ? null : Math.max(e.count(), e.people().size());
        return switch (e.kind()) {
            case "defection" -> new Defection(e.bodyId(), effective, e.date().precision(), sources, e.people(),
                    count, e.from(), e.to(), e.group());
            case "suspension" -> new Suspension(e.bodyId(), effective, e.date().precision(), sources, e.people(),
                    count, e.from());
            case "reinstatement" -> new Reinstatement(e.bodyId(), effective, e.date().precision(), sources,
                    e.people(), count, e.to());
            default -> throw new IllegalArgumentException("the ledger has no event of kind '" + e.kind() + "'");
        };
    }

    private static LocalDate firstReceived(ProposedEvent e) {
        return e.reports().stream().map(Report::received).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElseThrow(() -> new IllegalArgumentException(
                        "event " + e.id() + " has no date and no received report"));
    }
}
