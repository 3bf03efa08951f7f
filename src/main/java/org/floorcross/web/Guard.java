package org.floorcross.web;

import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Editor sessions and CSRF tokens: every form carries the session's token, every POST must return it. */
final class Guard {

    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String EDITOR = "editor";
    private static final String TOKEN = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Editors editors;

    Guard(Editors editors) {
        this.editors = editors;
    }

    /** The session's CSRF token, created with the session on first use. */
    String csrfToken(Context ctx) {
        String token = ctx.sessionAttribute(TOKEN);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            ctx.sessionAttribute(TOKEN, token);
        }
        return token;
    }

    void checkCsrf(Context ctx) {
        String expected = ctx.req().getSession(false) == null ? null : ctx.sessionAttribute(TOKEN);
        String given = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> ctx.formParam(CSRF_FIELD));
        if (expected == null || given == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        given.getBytes(StandardCharsets.UTF_8))) {
            throw new Failures.Forbidden("forged or expired form: the CSRF token is missing or wrong");
        }
    }

    Optional<String> editor(Context ctx) {
        return ctx.req().getSession(false) == null ? Optional.empty() : Optional.ofNullable(ctx.sessionAttribute(EDITOR));
    }

    String requireEditor(Context ctx) {
        return editor(ctx).orElseThrow(Failures.LoginRequired::new);
    }

    /** For an editor's POST: logged in (else 401), and the form is ours (else 403). */
    String requireEditorForm(Context ctx) {
        String editor = requireEditor(ctx);
        checkCsrf(ctx);
        return editor;
    }

    /** Logs the editor in on a fresh session id; false when the credentials are wrong. */
    boolean login(Context ctx, String user, String password) {
        checkCsrf(ctx);
        if (user == null || password == null || !editors.verify(user, password.toCharArray())) {
            return false;
        }
        ctx.req().changeSessionId();
        ctx.sessionAttribute(EDITOR, user);
        ctx.sessionAttribute(TOKEN, null);
        return true;
    }

    void logout(Context ctx) {
        checkCsrf(ctx);
        ctx.req().getSession().invalidate();
    }
}
