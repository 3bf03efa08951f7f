package org.floorcross.web;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.input;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

import j2html.tags.DomContent;
import java.util.List;
import java.util.function.Function;

/** Search results for bodies, people and parties. */
final class SearchPage {

    private SearchPage() {
    }

    static String render(Search.Results results) {
        return Layout.page("Search",
                h1("Search"),
                form(input().withType("search").withName("q").withValue(results.query()).attr("aria-label", "Search")
                                .attr("maxlength", Params.MAX_TEXT).withId("q"),
                        button("Search").withType("submit")).withAction("/search").withMethod("get"),
                results.query().isBlank() ? p("Type a body, a person or a party; spelling need not be exact.")
                        : each(
                                list("Bodies", results.bodies(), body -> each(
                                        a(body.name()).withHref(Layout.bodyHref(body.id())),
                                        text(" · " + body.kind() + (body.end() == null ? "" : ", ended " + body.end())))),
                                list("People", results.people(), person -> each(text(person.name() + " — "
                                                + person.bloc() + ", "),
                                        a(person.bodyName()).withHref(Layout.bodyHref(person.bodyId())),
                                        text(person.ward() == null ? "" : " (" + person.ward() + ")"))),
                                list("Parties", results.parties(), party -> each(
                                        a(party.name()).withHref("/?party=" + Layout.encode(party.name())),
                                        text(party.id() == null ? "" : " · " + party.id())))));
    }

    private static <T> DomContent list(String title, List<T> items, Function<T, DomContent> line) {
        return section(h2(title + " (" + items.size() + ")"),
                items.isEmpty() ? p("None found.") : ul(each(items, item -> li(line.apply(item)))));
    }
}
