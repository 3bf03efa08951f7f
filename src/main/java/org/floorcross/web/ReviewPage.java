package org.floorcross.web;

import static j2html.TagCreator.article;
import static j2html.TagCreator.button;
import static j2html.TagCreator.dd;
import static j2html.TagCreator.details;
import static j2html.TagCreator.div;
import static j2html.TagCreator.dl;
import static j2html.TagCreator.dt;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.p;
import static j2html.TagCreator.summary;
import static j2html.TagCreator.text;

import j2html.tags.DomContent;
import java.util.List;
import java.util.Locale;
import org.floorcross.web.Desk.ClaimView;

/** The review queue and the login form. Every form carries the session's CSRF token. */
final class ReviewPage {

    private ReviewPage() {
    }

    static String render(String editor, List<ClaimView> pending, String csrf) {
        return Layout.page("Review",
                h1("Review queue"),
                form(text("Logged in as " + editor + " "), csrf(csrf), button("Log out").withType("submit"))
                        .withMethod("post").withAction("/logout").withClass("logout"),
                pending.isEmpty() ? p("Nothing waits for review.")
                        : each(pending, claim -> claim(claim, csrf)));
    }

    private static DomContent claim(ClaimView claim, String csrf) {
        String base = "/review/" + Layout.encode(claim.id());
        return article(
                h2(claim.kind() + " on " + (claim.bodyName() == null ? "an unknown body" : claim.bodyName())),
                dl(dt("Move"), dd(claim.from() + " → " + claim.to()
                                + (claim.group() == null ? "" : " (" + claim.group() + ")")),
                        dt("Seats"), dd(claim.count() == null ? "not stated" : claim.count().toString()),
                        dt("People"), dd(claim.people().isEmpty() ? "not named" : String.join(", ", claim.people())),
                        dt("Date"), dd(Layout.date(claim.date(), claim.precision())),
                        dt("Confidence"), dd(String.format(Locale.ROOT, "%.2f", claim.confidence()))).withClass("facts"),
                claim.sources().isEmpty() ? p("No source text.") : each(claim.sources(), EventPage::source),
                div(decision(base + "/accept", "Accept", csrf), decision(base + "/reject", "Reject", csrf))
                        .withClass("decisions"),
                details(summary("Edit"), edit(base + "/edit", claim, csrf)))
                .withClass("claim").withId("claim-" + claim.id());
    }

    private static DomContent decision(String action, String verb, String csrf) {
        return form(csrf(csrf), label(text("Why "), input().withName("why").withType("text").attr("maxlength", 200)),
                button(verb).withType("submit").withClass(verb.toLowerCase(Locale.ROOT)))
                .withMethod("post").withAction(action);
    }

    private static DomContent edit(String action, ClaimView claim, String csrf) {
        return form(csrf(csrf),
                field("From", "from", claim.from()), field("To", "to", claim.to()),
                field("Group", "group", claim.group()),
                field("Seats", "count", claim.count() == null ? null : claim.count().toString()),
                field("People (comma separated)", "people", String.join(", ", claim.people())),
                field("Date", "date", claim.date() == null ? null : claim.date().toString()),
                field("Why", "why", null),
                button("Save edit").withType("submit")).withMethod("post").withAction(action).withClass("edit");
    }

    private static DomContent field(String text, String name, String value) {
        return label(text(text + " "), input().withName(name).withType("text").withValue(value == null ? "" : value)
                .attr("maxlength", Params.MAX_TEXT));
    }

    static DomContent csrf(String token) {
        return input().withType("hidden").withName(Guard.CSRF_FIELD).withValue(token);
    }

    static String login(String csrf, String next, boolean failed, boolean configured) {
        return Layout.page("Editor login",
                h1("Editor login"),
                configured ? text("") : p("No editors are configured on this server (see floorcross serve --help).")
                        .withClass("error"),
                failed ? p("Wrong name or password.").withClass("error") : text(""),
                form(csrf(csrf), input().withType("hidden").withName("next").withValue(next),
                        label(text("Name "), input().withName("user").withType("text").withId("user")
                                .attr("autocomplete", "username").attr("maxlength", Params.MAX_TEXT)),
                        label(text("Password "), input().withName("password").withType("password").withId("password")
                                .attr("autocomplete", "current-password").attr("maxlength", Params.MAX_TEXT)),
                        button("Log in").withType("submit").withId("login"))
                        .withMethod("post").withAction("/login").withClass("login"));
    }
}
