package org.floorcross.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.floorcross.extract.Extractor;
import org.floorcross.ledger.Ledger;
import org.floorcross.news.Article;
import org.floorcross.news.NewsReader;
import org.floorcross.register.Register;
import org.floorcross.store.Store;
import org.floorcross.store.StoreConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real extractor and register on the shared seeds and the bundled demo articles. */
class SeedsAndDemoIT {

    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static final String BROXTOWE = "E07000172";
    private static Register register;
    private static Extractor extractor;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void load() {
        if (!Files.isDirectory(SEEDS)) {
            String message = "../shared/seeds is absent: the seeds-and-demo test cannot run";
            if ("true".equals(System.getenv("FLOORCROSS_REQUIRE_SHARED"))) {
                throw new IllegalStateException(message);
            }
            System.err.println("SKIPPED: " + message);
            assumeTrue(false, message);
        }
        register = Register.bundled();
        extractor = new Extractor(register);
    }

    @Test
    void theSeedsThenTheDemosBroxtoweReportsAreOneEventWithThreeSources() throws Exception {
        Review review = review();
        review.ingest(read(SEEDS), done -> { });
        review.ingest(read(demo("demo02_broxtowe-independents-launch.txt"), demo("demo03_broxtowe-twenty-quit.txt")),
                done -> { });

        List<ProposedEvent> broxtowe = review.events().stream()
                .filter(event -> BROXTOWE.equals(event.bodyId())).toList();
        assertThat(broxtowe).singleElement().satisfies(event -> {
            assertThat(event.reports()).extracting(Report::articleId).containsExactlyInAnyOrder(
                    "003_46f0b1df78b2b999", "demo02_broxtowe-independents-launch", "demo03_broxtowe-twenty-quit");
            assertThat(event.date().date()).hasToString("2025-01-02");
        });
    }

    @Test
    void ingestingTheSeedsTwiceChangesNothing() throws Exception {
        Review review = review();
        IngestReport first = review.ingest(read(SEEDS), done -> { });
        List<ProposedEvent> events = review.events();

        IngestReport again = review.ingest(read(SEEDS), done -> { });

        assertThat(first.stored()).isEqualTo(2);
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(review.events()).isEqualTo(events);
    }

    private Review review() {
        Store store = Store.open(StoreConfig.embedded(dataDir));
        Ledger ledger = new Ledger(register::rosters, store);
        return new Review(store, register::rosters, extractor::extract, ledger, ReviewConfig.defaults(),
                Clock.systemUTC());
    }

    private static List<Article> read(Path... paths) {
        List<Article> articles = new ArrayList<>();
        new NewsReader().read(List.of(paths), articles::add);
        return articles;
    }

    /** A bundled demo article, copied out of the application (which may be a jar) into the temporary directory. */
    private Path demo(String name) throws IOException {
        Path target = dataDir.resolve(name);
        try (InputStream in = SeedsAndDemoIT.class.getResourceAsStream("/org/floorcross/app/demo/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
