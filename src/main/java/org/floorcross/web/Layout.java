package org.floorcross.web;

import static j2html.TagCreator.a;
import static j2html.TagCreator.attrs;
import static j2html.TagCreator.body;
import static j2html.TagCreator.button;
import static j2html.TagCreator.document;
import static j2html.TagCreator.footer;
import static j2html.TagCreator.form;
import static j2html.TagCreator.head;
import static j2html.TagCreator.header;
import static j2html.TagCreator.html;
import static j2html.TagCreator.input;
import static j2html.TagCreator.link;
import static j2html.TagCreator.main;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.p;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.script;
import static j2html.TagCreator.text;
import static j2html.TagCreator.title;

import j2html.tags.DomContent;
import java.time.LocalDate;

/** The page shell every page shares. All text goes through j2html, which escapes it. */
final class Layout {

    private Layout() {
    }

    static String page(String title, DomContent... content) {
        return document(html(
                head(
                        meta().withCharset("utf-8"),
                        meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
                        title(title + " · floorcross"),
                        link().withRel("stylesheet").withHref("/static/floorcross.css"),
                        link().withRel("alternate").withType("application/atom+xml")
                                .withTitle("Accepted events").withHref("/feeds/events.atom")),
                body(
                        header(nav(
                                a("floorcross").withClass("brand").withHref("/"),
                                form(attrs(".search"),
                                        input().withType("search").withName("q").attr("aria-label", "Search")
                                                .withPlaceholder("Body, person or party")
                                                .attr("maxlength", Params.MAX_TEXT),
                                        button("Search").withType("submit")).withAction("/search").withMethod("get"),
                                a("Review").withHref("/review"))),
                        main(content),
                        footer(p(
                                text("Data: Open Council Data UK (CC BY-SA 4.0), mySociety (CC BY 4.0), ONS (OGL v3), "
                                        + "Electoral Commission (CC0). "),
                                a("API").withHref("/openapi.json"), text(" · "),
                                a("Atom feed").withHref("/feeds/events.atom"), text(" · "),
                                a("Popolo").withHref("/export/popolo.json"), text(" · "),
                                a("Events CSV").withHref("/export/events.csv"))),
                        script().withSrc("/static/floorcross.js").attr("defer", "defer"))));
    }

    static String errorPage(int status, String message) {
        return page("Error " + status, h1("Error " + status), p(message).withClass("error"),
                p(a("Back to the home page").withHref("/")));
    }

    /** A date with its precision, as readers expect it: "2 January 2025", "January 2025", "about November 2024". */
    static String date(LocalDate date, String precision) {
        if (date == null) {
            return "date unknown";
        }
        String day = date.getDayOfMonth() + " " + month(date) + " " + date.getYear();
        return switch (precision == null ? "DAY" : precision.toUpperCase(java.util.Locale.ROOT)) {
            case "MONTH" -> month(date) + " " + date.getYear();
            case "APPROXIMATE" -> "about " + month(date) + " " + date.getYear();
            case "UNKNOWN" -> "undated (first reported " + day + ")";
            default -> day;
        };
    }

    /** An instant as "23 Nov 2026 16:55 UTC". */
    static String time(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'",
                java.util.Locale.UK).withZone(java.time.ZoneOffset.UTC).format(instant);
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
    }

    static String move(Records.EventView event) {
        String from = event.from() == null ? "?" : event.from();
        String to = event.to() == null ? "?" : event.to();
        String group = event.group() == null || event.group().isBlank() ? "" : " (" + event.group() + ")";
        return from + " → " + to + group;
    }

    static String bodyHref(String bodyId) {
        return "/bodies/" + encode(bodyId);
    }

    static String eventHref(String eventId) {
        return "/events/" + encode(eventId);
    }

    static String encode(String segment) {
        return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
