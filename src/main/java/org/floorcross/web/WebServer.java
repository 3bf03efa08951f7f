package org.floorcross.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.eclipse.jetty.http.HttpCookie;
import org.floorcross.ledger.Ledger;
import org.floorcross.register.Register;
import org.floorcross.review.Review;

/** The floorcross web server: dashboard pages, the JSON API, feeds and exports, and the editors' review queue. */
public final class WebServer implements AutoCloseable {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving the register, the ledger and the review queue; returns once the server listens. */
    public static WebServer start(WebConfig config, Register register, Ledger ledger, Review review, Clock clock) {
        return start(config, new LedgerRecords(register, ledger, new Sources(review)), new ReviewDesk(review), clock);
    }

    static WebServer start(WebConfig config, Records records, Desk desk, Clock clock) {
        Editors editors = Editors.parse(config.editors());
        Guard guard = new Guard(editors);
        String openApi = resource("openapi.json");
        Javalin app = Javalin.create(javalin -> {
            javalin.showJavalinBanner = false;
            javalin.startupWatcherEnabled = false;
            javalin.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/floorcross/web/static";
                files.location = Location.CLASSPATH;
            });
            javalin.jsonMapper(new JavalinJackson(mapper(), false));
            javalin.jetty.modifyServletContextHandler(handler -> {
                handler.getSessionHandler().setHttpOnly(true);
                handler.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
            });
        });
        app.before(WebServer::securityHeaders);
        Failures.install(app);
        Search search = new Search(records);
        new Site(records, search, clock).routes(app);
        new Api(records, search, clock).routes(app);
        new Exports(records, clock).routes(app);
        new Editing(desk, guard, editors.any()).routes(app);
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
        app.start(config.port());
        return new WebServer(app);
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** A {@code pbkdf2-sha256$…} hash of the password with a fresh salt, for an editors line {@code user:HASH}. */
    public static String hashPassword(char[] password) {
        return Editors.hash(password, Editors.ITERATIONS);
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static String resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/floorcross/web/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource org/floorcross/web/" + name, e);
        }
    }
}
