package org.floorcross.web;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.li;
import static j2html.TagCreator.ol;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.span;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.text;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import j2html.tags.DomContent;
import java.util.List;
import java.util.Locale;
import org.floorcross.web.Records.BodyState;
import org.floorcross.web.Records.TimelineItem;

/** A body: composition and control at a date, the timeline, and members by bloc. */
final class BodyPage {

    private BodyPage() {
    }

    static String render(BodyState state, List<TimelineItem> timeline) {
        String id = state.body().id();
        return Layout.page(state.body().name(),
                h1(state.body().name()),
                p(state.body().kind() + " · " + state.body().nation() + " · " + id).withClass("meta"),
                form(label(text("Composition on "), input().withType("date").withName("at").withId("at")
                                .withValue(state.at().toString())),
                        button("Show").withType("submit")).withMethod("get").withClass("at").withId("at-form"),
                section(h2("Composition on " + Layout.date(state.at(), "DAY")), control(state),
                        div(Hemicycle.svg(state.blocs(), state.totalSeats(), state.control().needed()),
                                seats(state)).withClass("composition"),
                        each(state.notes(), note -> p(note).withClass("note"))),
                section(h2("Timeline"), timeline(timeline)),
                section(h2("Members by bloc"), members(state)),
                p(a("Atom feed").withHref("/feeds/bodies/" + Layout.encode(id) + ".atom"), text(" · "),
                        a("Composition CSV").withHref("/export/bodies/" + Layout.encode(id) + "/composition.csv?at="
                                + state.at()), text(" · "),
                        a("Popolo JSON").withHref("/export/bodies/" + Layout.encode(id) + "/popolo.json"))
                        .withClass("exports"));
    }

    private static DomContent control(BodyState state) {
        Records.Control control = state.control();
        int largest = state.blocs().stream().filter(b -> b.bloc().equals(control.bloc()))
                .mapToInt(Records.BlocSeats::seats).findFirst().orElse(0);
        String verdict = control.bloc() == null ? "No seats recorded"
                : control.majority() ? control.bloc() + " majority (" + largest + " of " + state.totalSeats() + ")"
                : "No overall control; largest bloc " + control.bloc() + " with " + largest + " of "
                        + state.totalSeats() + ", " + (control.needed() - largest) + " short";
        return p(span(verdict).withClass("verdict"), text(" · " + control.needed() + " seats needed for a majority"))
                .withClass("control");
    }

    private static DomContent seats(BodyState state) {
        return table(thead(tr(th("Bloc"), th("Seats"), th("Share"))),
                tbody(each(state.blocs(), bloc -> tr(td(Colours.swatch(bloc.bloc()), text(" " + bloc.bloc())),
                        td(String.valueOf(bloc.seats())).withClass("num"),
                        td(String.format(Locale.ROOT, "%.0f%%", 100.0 * bloc.seats() / Math.max(1, state.totalSeats())))
                                .withClass("num")))))
                .withClass("seats");
    }

    private static DomContent timeline(List<TimelineItem> items) {
        if (items.isEmpty()) {
            return p("No baselines or events recorded for this body.");
        }
        return ol(each(items, item -> li(span(Layout.date(item.date(), item.precision())).withClass("when"),
                text(" "), span(item.kind()).withClass("kind " + item.kind()), text(" "),
                item.eventId() == null ? text(item.summary())
                        : a(item.summary()).withHref(Layout.eventHref(item.eventId())))))
                .withClass("timeline");
    }

    private static String unresolved(int unresolved) {
        return unresolved < 0
                ? -unresolved + " of the members listed left by a count-only move: which ones is not known yet."
                : unresolved + " seat(s) joined by a count-only move: their holders are not named yet.";
    }

    private static DomContent members(BodyState state) {
        return each(state.blocs(), bloc -> bloc.members().isEmpty()
                ? p(bloc.bloc() + ": " + bloc.seats() + " seats, members not known")
                : details(summary(bloc.bloc() + " (" + bloc.seats() + ")"),
                        bloc.unresolved() == 0 ? text("") : p(unresolved(bloc.unresolved())).withClass("note"),
                        ul(each(bloc.members(), member -> li(member.ward() == null ? member.name()
                                : member.name() + " — " + member.ward())))));
    }
}
