package org.floorcross.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.floorcross.web.Records.BodyRef;
import org.floorcross.web.Records.EventView;

/** The public pages: home, body, event and search. Each handler parses, asks once, renders. */
final class Site {

    private static final int LATEST = 25;

    private final Records records;
    private final Search search;
    private final Clock clock;

    Site(Records records, Search search, Clock clock) {
        this.records = records;
        this.search = search;
        this.clock = clock;
    }

    void routes(Javalin app) {
        app.get("/", this::home);
        app.get("/bodies/{id}", this::body);
        app.get("/events/{id}", this::event);
        app.get("/search", this::search);
    }

    private void home(Context ctx) {
        EventFilter filter = EventFilter.of(ctx);
        List<EventView> events = filter.apply(records.events());
        ctx.html(HomePage.render(filter.party(), events.stream().limit(LATEST).toList(),
                NationalFigures.of(events, filter.from(), filter.to())));
    }

    private void body(Context ctx) {
        BodyRef body = records.requireBody(ctx.pathParam("id"));
        LocalDate at = Params.date(ctx, "at", LocalDate.now(clock));
        ctx.html(BodyPage.render(records.state(body.id(), at), records.timeline(body.id())));
    }

    private void event(Context ctx) {
        ctx.html(EventPage.render(records.requireEvent(ctx.pathParam("id"))));
    }

    private void search(Context ctx) {
        String query = Params.text(ctx, "q");
        ctx.html(SearchPage.render(search.find(query, LocalDate.now(clock), 20)));
    }
}
