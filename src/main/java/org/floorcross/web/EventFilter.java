package org.floorcross.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.floorcross.web.Records.EventView;

/** Which accepted events a request asks for: by body, by party (on either side of the move) and by period. */
record EventFilter(String bodyId, String party, LocalDate from, LocalDate to) {

    static EventFilter of(Context ctx) {
        String body = Params.text(ctx, "body");
        String party = Params.text(ctx, "party");
        return new EventFilter(body.isEmpty() ? null : body, party.isEmpty() ? null : party,
                Params.date(ctx, "from", null), Params.date(ctx, "to", null));
    }

    EventFilter withBody(String id) {
        return new EventFilter(id, party, from, to);
    }

    EventFilter withParty(String name) {
        return new EventFilter(bodyId, name, from, to);
    }

    List<EventView> apply(List<EventView> events) {
        return events.stream().filter(this::matches).toList();
    }

    boolean matches(EventView event) {
        return (bodyId == null || bodyId.equals(event.bodyId()))
                && (party == null || party.equalsIgnoreCase(event.from()) || party.equalsIgnoreCase(event.to())
                        || party.equalsIgnoreCase(event.group()))
                && (from == null || event.date() != null && !event.date().isBefore(from))
                && (to == null || event.date() != null && !event.date().isAfter(to));
    }
}
