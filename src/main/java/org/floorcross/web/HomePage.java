package org.floorcross.web;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.text;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;

import j2html.tags.DomContent;
import java.util.List;
import org.floorcross.web.Records.EventView;

/** Home: the latest accepted events, and national figures for a chosen period. */
final class HomePage {

    private HomePage() {
    }

    static String render(String party, List<EventView> latest, NationalFigures figures) {
        String of = party == null ? "" : " involving " + party;
        return Layout.page("Who holds the seats",
                h1("Who holds the seats"),
                p("Changes of allegiance on UK councils and parliaments, from the news, with their sources."),
                section(h2("Latest events" + of), events(latest)).withClass("latest"),
                section(h2("National figures" + of), period(party, figures), figures(figures)).withClass("figures"));
    }

    static DomContent events(List<EventView> events) {
        if (events.isEmpty()) {
            return p("No accepted events yet.");
        }
        return table(thead(tr(th("Date"), th("Body"), th("Move"), th("Seats"), th("Sources"))),
                tbody(each(events, event -> tr(
                        td(a(Layout.date(event.date(), event.precision())).withHref(Layout.eventHref(event.id()))),
                        td(a(event.bodyName()).withHref(Layout.bodyHref(event.bodyId()))),
                        td(event.kind() + ": " + Layout.move(event)),
                        td(String.valueOf(event.seats())).withClass("num"),
                        td(each(event.sources(), source -> source.url() == null
                                ? p(source.title() == null ? source.articleId() : source.title())
                                : p(a(source.title() == null ? source.url() : source.title())
                                        .withHref(source.url()).attr("rel", "nofollow noopener")))))))
        ).withClass("events");
    }

    private static DomContent period(String party, NationalFigures figures) {
        return form(party == null ? text("") : input().withType("hidden").withName("party").withValue(party),
                label(text("From "), input().withType("date").withName("from")
                        .withValue(figures.from() == null ? "" : figures.from().toString())),
                label(text("to "), input().withType("date").withName("to")
                        .withValue(figures.to() == null ? "" : figures.to().toString())),
                button("Show").withType("submit")).withMethod("get").withAction("/").withClass("period");
    }

    private static DomContent figures(NationalFigures figures) {
        if (figures.changes().isEmpty()) {
            return p("No changes of allegiance in this period.");
        }
        return each(
                p(figures.events() + " events in the period."),
                table(thead(tr(th("Party or group"), th("Lost"), th("Gained"), th("Net"))),
                        tbody(each(figures.changes(), change -> tr(td(change.party()),
                                td(String.valueOf(change.lost())).withClass("num"),
                                td(String.valueOf(change.gained())).withClass("num"),
                                td((change.net() > 0 ? "+" : "") + change.net()).withClass("num")))))
                        .withClass("changes"),
                h2("Net flows between parties"),
                FlowChart.svg(figures.flows()));
    }
}
