package org.floorcross.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.floorcross.web.Records.BlocSeats;
import org.floorcross.web.Records.BodyRef;
import org.floorcross.web.Records.BodyState;
import org.floorcross.web.Records.EventView;

/** Feeds and exports: Atom feeds of accepted events, CSV of compositions and events, Popolo JSON. */
final class Exports {

    private static final String ATOM = "application/atom+xml; charset=utf-8";
    private static final String CSV = "text/csv; charset=utf-8";

    private final Records records;
    private final Clock clock;

    Exports(Records records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    void routes(Javalin app) {
        app.get("/feeds/events.atom", ctx -> atom(ctx, "floorcross: accepted events", EventFilter.of(ctx)));
        app.get("/feeds/bodies/{id}.atom", ctx -> {
            BodyRef body = records.requireBody(ctx.pathParam("id"));
            atom(ctx, "floorcross: " + body.name(), EventFilter.of(ctx).withBody(body.id()));
        });
        app.get("/feeds/parties/{party}.atom", ctx -> atom(ctx, "floorcross: " + ctx.pathParam("party"),
                EventFilter.of(ctx).withParty(Params.checkedText("party", ctx.pathParam("party")))));
        app.get("/export/events.csv", ctx -> ctx.contentType(CSV).result(eventsCsv(
                EventFilter.of(ctx).apply(records.events()))));
        app.get("/export/bodies/{id}/composition.csv", this::compositionCsv);
        app.get("/export/popolo.json", ctx -> ctx.json(Popolo.of(records, records.bodies().stream()
                .filter(body -> !records.timeline(body.id()).isEmpty()).toList())));
        app.get("/export/bodies/{id}/popolo.json", ctx -> ctx.json(Popolo.of(records,
                List.of(records.requireBody(ctx.pathParam("id"))))));
    }

    private void atom(Context ctx, String title, EventFilter filter) {
        String base = ctx.scheme() + "://" + ctx.host();
        ctx.contentType(ATOM).result(AtomFeed.render(base, ctx.path(), title, filter.apply(records.events())));
    }

    private void compositionCsv(Context ctx) {
        BodyRef body = records.requireBody(ctx.pathParam("id"));
        BodyState state = records.state(body.id(), Params.date(ctx, "at", LocalDate.now(clock)));
        Csv csv = new Csv("body_id", "body_name", "date", "bloc", "seats", "total_seats", "majority", "control_bloc",
                "seats_needed");
        for (BlocSeats bloc : state.blocs()) {
            csv.row(body.id(), body.name(), state.at(), bloc.bloc(), bloc.seats(), state.totalSeats(),
                    state.control().majority(), state.control().bloc(), state.control().needed());
        }
        ctx.contentType(CSV).header("Content-Disposition", "attachment; filename=\"" + Popolo.slug(body.id())
                + "-composition-" + state.at() + ".csv\"").result(csv.toString());
    }

    static String eventsCsv(List<EventView> events) {
        Csv csv = new Csv("event_id", "date", "date_precision", "kind", "body_id", "body_name", "from", "to", "group",
                "seats", "people", "sources", "flagged");
        for (EventView event : events) {
            csv.row(event.id(), event.date(), event.precision(), event.kind(), event.bodyId(), event.bodyName(),
                    event.from(), event.to(), event.group(), event.seats(), Csv.joined(event.people()),
                    Csv.joined(event.sources().stream().map(s -> s.url() != null ? s.url() : s.articleId()).toList()),
                    event.flagged());
        }
        return csv.toString();
    }
}
