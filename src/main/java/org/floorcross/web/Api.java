package org.floorcross.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.floorcross.web.Records.BodyRef;

/** The JSON API, described by /openapi.json. */
final class Api {

    private static final int MAX_PAGE = 1000;

    private final Records records;
    private final Search search;
    private final Clock clock;

    Api(Records records, Search search, Clock clock) {
        this.records = records;
        this.search = search;
        this.clock = clock;
    }

    void routes(Javalin app) {
        app.get("/api/bodies", this::bodies);
        app.get("/api/bodies/{id}", ctx -> ctx.json(records.requireBody(ctx.pathParam("id"))));
        app.get("/api/bodies/{id}/composition", this::composition);
        app.get("/api/bodies/{id}/timeline", ctx -> ctx.json(records.timeline(
                records.requireBody(ctx.pathParam("id")).id())));
        app.get("/api/events", ctx -> ctx.json(page(ctx, EventFilter.of(ctx).apply(records.events()))));
        app.get("/api/events/{id}", ctx -> ctx.json(records.requireEvent(ctx.pathParam("id"))));
        app.get("/api/people", this::people);
        app.get("/api/parties", ctx -> ctx.json(records.parties()));
        app.get("/api/search", ctx -> ctx.json(search.find(Params.text(ctx, "q"), today(), 20)));
    }

    private void bodies(Context ctx) {
        String query = Params.text(ctx, "q");
        List<BodyRef> bodies = query.isEmpty() ? records.bodies() : search.find(query, today(), MAX_PAGE).bodies();
        ctx.json(page(ctx, bodies));
    }

    private void composition(Context ctx) {
        BodyRef body = records.requireBody(ctx.pathParam("id"));
        ctx.json(records.state(body.id(), Params.date(ctx, "at", today())));
    }

    private void people(Context ctx) {
        String query = Params.text(ctx, "q");
        LocalDate at = Params.date(ctx, "at", today());
        String body = Params.text(ctx, "body");
        if (!body.isEmpty()) {
            records.requireBody(body);
        }
        List<Records.PersonRef> people = query.isEmpty() ? records.people(at)
                : search.find(query, at, MAX_PAGE).people();
        ctx.json(page(ctx, people.stream().filter(p -> body.isEmpty() || p.bodyId().equals(body)).toList()));
    }

    private static <T> Map<String, Object> page(Context ctx, List<T> items) {
        int limit = Params.number(ctx, "limit", 100, MAX_PAGE);
        int offset = Params.number(ctx, "offset", 0, Integer.MAX_VALUE - 1);
        List<T> slice = items.subList(Math.min(offset, items.size()), Math.min(items.size(), offset + limit));
        return Map.of("total", items.size(), "offset", offset, "limit", limit, "items", slice);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
