package org.floorcross.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DateTimeException;
import java.util.Map;
import org.floorcross.register.BodyLookupException;

/** The one map from exceptions to HTTP statuses, and how an error is shown: JSON for data, a page for people. */
final class Failures {

    /** Something named in the request does not exist. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    /** An editor-only resource was asked for without logging in. */
    static final class LoginRequired extends RuntimeException {
        LoginRequired() {
            super("editors only: log in first");
        }
    }

    /** A form or request that this server did not hand out (missing or wrong CSRF token). */
    static final class Forbidden extends RuntimeException {
        Forbidden(String message) {
            super(message);
        }
    }

    private static final String RENDERED = "floorcross.error-rendered";

    private Failures() {
    }

    static HttpStatus status(Exception exception) {
        return switch (exception) {
            case NotFound e -> HttpStatus.NOT_FOUND;
            case BodyLookupException e -> HttpStatus.NOT_FOUND;
            case LoginRequired e -> HttpStatus.UNAUTHORIZED;
            case Forbidden e -> HttpStatus.FORBIDDEN;
            case IllegalArgumentException e -> HttpStatus.BAD_REQUEST;
            case DateTimeException e -> HttpStatus.BAD_REQUEST;
            default -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    static void install(Javalin app) {
        app.exception(Exception.class, (exception, ctx) -> {
            HttpStatus status = status(exception);
            String message = status == HttpStatus.INTERNAL_SERVER_ERROR ? "internal error" : exception.getMessage();
            render(ctx, status, message);
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.attribute(RENDERED) == null) {
                render(ctx, HttpStatus.NOT_FOUND, "no such page: " + ctx.path());
            }
        });
    }

    private static void render(Context ctx, HttpStatus status, String message) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.status(status);
        if (wantsData(ctx)) {
            ctx.json(Map.of("error", message));
        } else if (status == HttpStatus.UNAUTHORIZED && "GET".equals(ctx.method().name())) {
            ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), java.nio.charset.StandardCharsets.UTF_8));
        } else {
            ctx.html(Layout.errorPage(status.getCode(), message));
        }
    }

    private static boolean wantsData(Context ctx) {
        String path = ctx.path();
        return path.startsWith("/api") || path.startsWith("/export") || path.startsWith("/feeds")
                || path.startsWith("/openapi");
    }
}
