package org.floorcross.web;

import java.util.List;
import java.util.function.Function;
import org.floorcross.ledger.Baseline;
import org.floorcross.ledger.ByElection;
import org.floorcross.ledger.Defection;
import org.floorcross.ledger.Event;
import org.floorcross.ledger.Reinstatement;
import org.floorcross.ledger.Suspension;
import org.floorcross.ledger.Vacancy;
import org.floorcross.register.Party;
import org.floorcross.web.Records.EventView;
import org.floorcross.web.Records.SourceRef;

/** How a ledger event reads on the web: one switch over the sealed event types, from-bloc and to-bloc made explicit. */
final class LedgerEvents {

    private LedgerEvents() {
    }

    static EventView view(String key, Event event, String bodyName, boolean flagged,
                          Function<org.floorcross.ledger.Source, SourceRef> sources) {
        List<SourceRef> refs = event.sources().stream().map(sources).toList();
        return switch (event) {
            case Defection d -> new EventView(key, d.kind(), d.bodyId(), bodyName, d.effective(), d.precision().name(),
                    d.from(), d.to() == null ? Party.INDEPENDENT : d.to(), d.group(), d.count(), d.people(), refs,
                    flagged, null);
            case Suspension s -> new EventView(key, s.kind(), s.bodyId(), bodyName, s.effective(),
                    s.precision().name(), s.party(), Party.INDEPENDENT, null, s.count(), s.people(), refs, flagged, null);
            case Reinstatement r -> new EventView(key, r.kind(), r.bodyId(), bodyName, r.effective(),
                    r.precision().name(), Party.INDEPENDENT, r.party(), null, r.count(), r.people(), refs, flagged, null);
            case Vacancy v -> new EventView(key, v.kind(), v.bodyId(), bodyName, v.effective(), v.precision().name(),
                    null, "Vacant", null, 1, List.of(v.person()), refs, flagged, null);
            case ByElection b -> new EventView(key, b.kind(), b.bodyId(), bodyName, b.effective(),
                    b.precision().name(), "Vacant", b.party(), null, 1, List.of(b.person()), refs, flagged, null);
            case Baseline b -> new EventView(key, b.kind(), b.bodyId(), bodyName, b.effective(), b.precision().name(),
                    null, null, null, b.seats().size(), List.of(), refs, false, null);
        };
    }
}
