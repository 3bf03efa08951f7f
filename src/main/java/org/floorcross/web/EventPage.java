package org.floorcross.web;

import static j2html.TagCreator.a;
import static j2html.TagCreator.article;
import static j2html.TagCreator.dd;
import static j2html.TagCreator.dl;
import static j2html.TagCreator.dt;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.iff;
import static j2html.TagCreator.mark;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.floorcross.web.Records.EventDetail;
import org.floorcross.web.Records.EventView;
import org.floorcross.web.Records.SourceText;
import org.floorcross.web.Records.Span;

/** An event: what moved and when, every source with its evidence highlighted, and the review history. */
final class EventPage {

    private EventPage() {
    }

    static String render(EventDetail detail) {
        EventView event = detail.event();
        String title = capitalise(event.kind()) + " on " + event.bodyName();
        return Layout.page(title,
                h1(title),
                dl(dt("When"), dd(Layout.date(event.date(), event.precision())).withClass("when"),
                        dt("Precision"), dd(event.precision() == null ? "unknown" : event.precision().toLowerCase()),
                        dt("Body"), dd(a(event.bodyName()).withHref(Layout.bodyHref(event.bodyId())
                                + (event.date() == null ? "" : "?at=" + event.date()))),
                        dt("Move"), dd(Layout.move(event)).withClass("move"),
                        dt("Seats"), dd(String.valueOf(event.seats())).withClass("count"),
                        dt("People"), dd(event.people().isEmpty() ? "not named" : String.join(", ", event.people()))
                                .withClass("people"),
                        iff(event.flagged(), dt("Flag")),
                        iff(event.flagged(), dd("conflicts with the roster; kept for review").withClass("flag")))
                        .withClass("facts"),
                section(h2("Sources (" + detail.sources().size() + ")"), each(detail.sources(), EventPage::source)),
                section(h2("Review history"), history(detail)));
    }

    static DomContent source(SourceText source) {
        Records.SourceRef ref = source.ref();
        String name = ref.title() != null ? ref.title() : ref.url() != null ? ref.url() : ref.articleId();
        return article(h3(ref.url() == null ? text(name) : a(name).withHref(ref.url()).attr("rel", "nofollow noopener")),
                p(ref.published() == null ? "publication date unknown" : "published " + ref.published())
                        .withClass("meta"),
                p(highlighted(source.text(), source.evidence())).withClass("text")).withClass("source");
    }

    /** The text with each evidence span wrapped in a mark element; all pieces are escaped. */
    static DomContent highlighted(String text, List<Span> spans) {
        if (text == null) {
            return text("(text not stored)");
        }
        List<DomContent> parts = new ArrayList<>();
        int at = 0;
        for (Span span : spans.stream().sorted(Comparator.comparingInt(Span::start)).toList()) {
            int start = Math.max(at, Math.min(span.start(), text.length()));
            int end = Math.min(span.end(), text.length());
            if (end <= start) {
                continue;
            }
            parts.add(text(text.substring(at, start)));
            parts.add(mark(text.substring(start, end)));
            at = end;
        }
        parts.add(text(text.substring(at)));
        return each(parts.toArray(DomContent[]::new));
    }

    private static DomContent history(EventDetail detail) {
        if (detail.history().isEmpty()) {
            return p("No review decisions recorded.");
        }
        return table(thead(tr(th("When"), th("Who"), th("What"), th("Why"))),
                tbody(each(detail.history(), entry -> tr(td(Layout.time(entry.at())), td(entry.who()),
                        td(entry.action()), td(entry.why() == null ? "" : entry.why()))))).withClass("history");
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
