package org.floorcross.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.floorcross.web.Desk.ClaimEdit;

/** Editors only: login, the review queue and its decisions, as pages and as JSON. */
final class Editing {

    private final Desk desk;
    private final Guard guard;
    private final boolean configured;

    Editing(Desk desk, Guard guard, boolean configured) {
        this.desk = desk;
        this.guard = guard;
        this.configured = configured;
    }

    void routes(Javalin app) {
        app.get("/login", ctx -> ctx.html(ReviewPage.login(guard.csrfToken(ctx), next(ctx.queryParam("next")),
                false, configured)));
        app.post("/login", this::login);
        app.post("/logout", ctx -> {
            guard.logout(ctx);
            ctx.redirect("/");
        });
        app.get("/review", ctx -> ctx.html(ReviewPage.render(guard.requireEditor(ctx), desk.pending(),
                guard.csrfToken(ctx))));
        app.post("/review/{id}/{decision}", ctx -> {
            decide(ctx, guard.requireEditorForm(ctx));
            ctx.redirect("/review");
        });
        app.get("/api/session", ctx -> ctx.json(Map.of("editor", guard.editor(ctx).orElse(""),
                "csrf", guard.csrfToken(ctx))));
        app.get("/api/review/claims", ctx -> {
            guard.requireEditor(ctx);
            ctx.json(desk.pending());
        });
        app.post("/api/review/claims/{id}/{decision}", ctx -> ctx.json(decide(ctx, guard.requireEditorForm(ctx))));
    }

    private void login(Context ctx) {
        String user = Params.checkedText("user", orEmpty(ctx.formParam("user")));
        String password = orEmpty(ctx.formParam("password"));
        if (password.length() > Params.MAX_TEXT) {
            throw new IllegalArgumentException("password is too long: at most " + Params.MAX_TEXT + " characters");
        }
        if (guard.login(ctx, user, password)) {
            ctx.redirect(next(ctx.formParam("next")));
        } else {
            ctx.status(HttpStatus.UNAUTHORIZED).html(ReviewPage.login(guard.csrfToken(ctx),
                    next(ctx.formParam("next")), true, configured));
        }
    }

    private Desk.ClaimView decide(Context ctx, String editor) {
        String id = ctx.pathParam("id");
        String why = Params.checkedText("why", orEmpty(ctx.formParam("why")));
        return switch (ctx.pathParam("decision")) {
            case "accept" -> desk.accept(id, editor, why);
            case "reject" -> desk.reject(id, editor, why);
            case "edit" -> desk.edit(id, edit(ctx), editor, why);
            default -> throw new Failures.NotFound("no such decision: " + ctx.pathParam("decision")
                    + " (accept, reject or edit)");
        };
    }

    private static ClaimEdit edit(Context ctx) {
        String count = blankToNull(ctx.formParam("count"));
        String people = blankToNull(ctx.formParam("people"));
        String date = blankToNull(ctx.formParam("date"));
        List<String> names = people == null ? null
                : Arrays.stream(people.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        try {
            return new ClaimEdit(blankToNull(ctx.formParam("from")), blankToNull(ctx.formParam("to")),
                    blankToNull(ctx.formParam("group")), count == null ? null : Integer.valueOf(count), names,
                    date == null ? null : Params.date("date", date));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seats must be a whole number, got '" + count + "'");
        }
    }

    /** Only paths on this server; anything else goes to the review queue. */
    static String next(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                ? next : "/review";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : Params.checkedText("field", text);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
