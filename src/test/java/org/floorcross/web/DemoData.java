package org.floorcross.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.floorcross.extract.ArticleExtraction;
import org.floorcross.extract.Evidence;
import org.floorcross.extract.ExtractedEvent;
import org.floorcross.ledger.Ledger;
import org.floorcross.news.Article;
import org.floorcross.register.Register;
import org.floorcross.review.Review;
import org.floorcross.review.ReviewConfig;
import org.floorcross.store.Store;
import org.floorcross.store.StoreConfig;

/**
 * The demo's events on the real register, ledger and review, ingested through review as the demo does, with a
 * scripted extractor in place of the NLP (the sentences are our own): Broxtowe reported twice (dated and undated),
 * Pendle, and one doubtful report, carrying a script tag, that waits for an editor.
 */
final class DemoData implements AutoCloseable {

    static final String BROXTOWE = "E07000172";
    static final String PENDLE = "E07000122";
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String EDITOR = "editor";
    static final String PASSWORD = "correct horse battery staple";

    private static Register register;

    final Store store;
    final Ledger ledger;
    final Review review;
    final WebServer server;

    private DemoData(Path dir) {
        Clock clock = Clock.systemUTC();
        store = Store.open(StoreConfig.embedded(dir));
        ledger = new Ledger(register()::rosters, store, clock);
        review = new Review(store, register()::rosters, DemoData::extract, ledger, ReviewConfig.defaults(), clock);
        review.ingest(articles(), done -> { });
        server = WebServer.start(new WebConfig(0, List.of(EDITOR + ":" + Editors.hash(PASSWORD.toCharArray(), 1_000))),
                register(), ledger, review, clock);
    }

    static DemoData start() throws IOException {
        return new DemoData(Files.createTempDirectory("floorcross-web"));
    }

    static synchronized Register register() {
        if (register == null) {
            register = Register.bundled();
        }
        return register;
    }

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

    private static final String BROXTOWE_DATED = "Twenty Labour councillors on Broxtowe Borough Council, council "
            + "leader Milan Radulovic among them, resigned from the party on 2 January. They will sit together as "
            + "the Broxtowe Independents and intend to keep running the council as a minority.";
    private static final String BROXTOWE_UNDATED = "Milan Radulovic and nineteen Labour colleagues have quit the "
            + "party and now sit as independents on Broxtowe Borough Council, calling their group Broxtowe "
            + "Independents.";
    private static final String PENDLE_TEXT = "Council leader Asjad Mahmood and councillors Yvonne Tennant and "
            + "Mohammed Iqbal have left Labour on Pendle Borough Council to sit as independents.";
    private static final String DOUBTFUL = "A reader writes that councillor Eve " + SCRIPT + " may have left "
            + "Labour on Broxtowe Borough Council.";

    private static List<Article> articles() {
        return List.of(
                new Article("broxtowe-dated", "demo", "https://news.example/broxtowe-dated", LocalDate.of(2025, 1, 3),
                        BROXTOWE_DATED),
                new Article("broxtowe-undated", "demo", null, null, BROXTOWE_UNDATED),
                new Article("pendle", "demo", "https://news.example/pendle", LocalDate.of(2024, 4, 1), PENDLE_TEXT),
                new Article("doubtful", "demo", null, LocalDate.of(2025, 2, 1), DOUBTFUL));
    }

    private static final Map<String, Function<Article, ExtractedEvent>> CLAIMS = Map.of(
            "broxtowe-dated", a -> new ExtractedEvent("defection", "Broxtowe Borough Council", BROXTOWE, "Labour",
                    "Independent", "Broxtowe Independents", 20, List.of("Milan Radulovic"), "2025-01-02", "day", 0.93,
                    List.of(new Evidence(0, a.text().indexOf('.') + 1))),
            "broxtowe-undated", a -> new ExtractedEvent("defection", "Broxtowe Borough Council", BROXTOWE, "Labour",
                    "Independent", "Broxtowe Independents", 20, List.of("Milan Radulovic"), null, null, 0.9,
                    List.of(new Evidence(0, a.text().length()))),
            "pendle", a -> new ExtractedEvent("defection", "Pendle Borough Council", PENDLE, "Labour", "Independent",
                    null, null, List.of("Asjad Mahmood", "Yvonne Tennant", "Mohammed Iqbal"), null, null, 0.91,
                    List.of(new Evidence(0, a.text().length()))),
            "doubtful", a -> new ExtractedEvent("defection", "Broxtowe Borough Council", BROXTOWE, "Labour",
                    "Reform UK", null, 1, List.of("Eve " + SCRIPT), null, null, 0.3,
                    List.of(new Evidence(0, a.text().length()))));

    private static ArticleExtraction extract(Article article) {
        ExtractedEvent event = CLAIMS.get(article.id()).apply(article);
        return new ArticleExtraction(article.id(), article.published() == null ? null : article.published().toString(),
                true, List.of(event));
    }
}
