package org.floorcross.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.floorcross.review.Newsroom.BODY;
import static org.floorcross.review.Newsroom.LEADER;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.floorcross.extract.ArticleExtraction;
import org.floorcross.ledger.Composition;
import org.floorcross.ledger.Control;
import org.floorcross.ledger.DatePrecision;
import org.floorcross.ledger.Ledger;
import org.floorcross.news.Article;
import org.floorcross.store.Store;
import org.floorcross.store.StoreConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Review end to end on a real database and ledger; subclasses give a fresh, empty store per test. */
abstract class ReviewSuite {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> TABLES = List.of("review_article", "review_claim", "review_event",
            "review_history", "events", "event_people", "event_sources", "event_flags");

    private final Newsroom news = new Newsroom();
    private Store store;
    private Ledger ledger;
    private Article reckoned;
    private Article undated;
    private Article dated;

    abstract StoreConfig freshStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(freshStore());
        ledger = new Ledger(Newsroom::rosters, store, CLOCK);
        reckoned = news.article("reckoned", null, "Twenty councillors led by " + LEADER + " quit Labour. "
                + "A spokesperson regretted that they left eighteen months after they were elected.", 20,
                List.of(LEADER), 0.9);
        undated = news.article("undated", null, "Labour has lost twenty of its councillors in Testshire. "
                + "They will sit as independents.", 20, List.of(), 0.85);
        dated = news.article("dated", LocalDate.of(2025, 1, 3), "Twenty Labour councillors resigned on Thursday. "
                + "The council is now under no overall control.", 20, List.of(), 0.9);
    }

    private Review review(Function<Article, ArticleExtraction> extractor, double threshold) {
        return new Review(store, Newsroom::rosters, extractor, ledger,
                ReviewConfig.defaults().withAutoAcceptAt(threshold), CLOCK);
    }

    @Test
    void reportsOfOneMoveBecomeOneEventDatedByTheDatedReportWithEverySource() {
        IngestReport report = review(news.extractor(), 0.8).ingest(List.of(reckoned, undated, dated), done -> { });

        assertThat(report.stored()).isEqualTo(3);
        ProposedEvent event = review(news.extractor(), 0.8).events().getFirst();
        assertThat(review(news.extractor(), 0.8).events()).hasSize(1);
        assertThat(event.reports()).extracting(Report::articleId).containsExactly("reckoned", "undated", "dated");
        assertThat(event.date().date()).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(event.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(event.status()).isEqualTo(Status.ACCEPTED);
        assertThat(ledger.events(BODY)).hasSize(1);
        Composition after = ledger.composition(BODY, LocalDate.of(2025, 1, 2));
        assertThat(after.seats("Labour")).isEqualTo(6);
        assertThat(after.control().kind()).isEqualTo(Control.Kind.NO_OVERALL_CONTROL);
        assertThat(after.control().seatsNeeded()).isEqualTo(23);
        assertThat(ledger.composition(BODY, LocalDate.of(2025, 1, 1)).seats("Labour")).isEqualTo(26);
    }

    @Test
    void theReckonedDateComesFromTheLastElection() {
        review(news.extractor(), 0.8).ingest(List.of(reckoned), done -> { });

        EventDate date = review(news.extractor(), 0.8).events().getFirst().date();
        assertThat(date.date()).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(date.precision()).isEqualTo(DatePrecision.APPROXIMATE);
    }

    @Test
    void ingestingTheSameArticlesAgainChangesNothing() {
        Review review = review(news.extractor(), 0.8);
        review.ingest(List.of(reckoned, undated, dated), done -> { });
        Map<String, Integer> before = rowCounts();

        IngestReport again = review.ingest(List.of(reckoned, undated, dated), done -> { });

        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(again.stored()).isZero();
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aFailedArticleLeavesNothingBehindAndASecondRunCompletesIt() {
        IngestReport first = review(news.failingOn(Set.of("undated"), id -> new IllegalStateException("boom " + id)),
                0.8).ingest(List.of(reckoned, undated, dated), done -> { });

        assertThat(first.failures()).singleElement().asString().contains("undated.txt", "boom");
        assertThat(articleIds()).containsExactly("dated", "reckoned");
        assertThat(ledger.events(BODY)).hasSize(1);

        IngestReport second = review(news.extractor(), 0.8).ingest(List.of(reckoned, undated, dated), done -> { });

        assertThat(second.stored()).isEqualTo(1);
        assertThat(second.duplicates()).isEqualTo(2);
        assertThat(articleIds()).containsExactly("dated", "reckoned", "undated");
        assertThat(review(news.extractor(), 0.8).events().getFirst().reports()).hasSize(3);
    }

    @Test
    void aCrashPartWayKeepsTheArticlesBeforeItWholeAndTheOneItHitAbsent() {
        Review crashing = review(news.failingOn(Set.of("undated"), id -> new OutOfMemoryError("crash at " + id)), 0.8);

        assertThatThrownBy(() -> crashing.ingest(List.of(reckoned, undated, dated), done -> { }))
                .isInstanceOf(OutOfMemoryError.class);

        assertThat(articleIds()).containsExactly("reckoned");
        assertThat(count("review_claim")).isEqualTo(1);
        assertThat(ledger.events(BODY)).hasSize(1);
        review(news.extractor(), 0.8).ingest(List.of(reckoned, undated, dated), done -> { });
        assertThat(articleIds()).containsExactly("dated", "reckoned", "undated");
        assertThat(ledger.events(BODY)).hasSize(1);
        assertThat(ledger.composition(BODY, LocalDate.of(2025, 1, 2)).seats("Labour")).isEqualTo(6);
    }

    @Test
    void belowTheThresholdAnEventWaitsForAnEditorWhoseDecisionsAreKept() {
        Review review = review(news.extractor(), 0.99);
        review.ingest(List.of(dated), done -> { });
        ProposedEvent waiting = review.pending().getFirst();
        assertThat(waiting.reports().getFirst().sentences()).containsExactly("Twenty Labour councillors resigned on Thursday.");
        assertThat(ledger.events(BODY)).isEmpty();

        review.accept(waiting.id(), new Decision("Edna Editor", "checked the council website"));
        assertThat(ledger.composition(BODY, LocalDate.of(2025, 1, 2)).seats("Labour")).isEqualTo(6);

        review.edit(waiting.id(), new Edit(19, null, null, null, null, null), new Decision("Edna Editor", "19 left"));
        assertThat(ledger.composition(BODY, LocalDate.of(2025, 1, 2)).seats("Labour")).isEqualTo(7);
        assertThat(ledger.events(BODY)).hasSize(1);

        review.reject(waiting.id(), new Decision("Sam Subeditor", "the story was withdrawn"));
        assertThat(ledger.events(BODY)).isEmpty();
        assertThat(review.requireEvent(waiting.id()).status()).isEqualTo(Status.REJECTED);
        assertThat(review.history(waiting.id())).extracting(HistoryEntry::action, HistoryEntry::by)
                .contains(org.assertj.core.groups.Tuple.tuple("accepted", "Edna Editor"),
                        org.assertj.core.groups.Tuple.tuple("edited", "Edna Editor"),
                        org.assertj.core.groups.Tuple.tuple("rejected", "Sam Subeditor"));
        assertThat(review.history(waiting.id())).filteredOn(h -> h.action().equals("rejected"))
                .extracting(HistoryEntry::why).containsExactly("the story was withdrawn");
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, count(table)));
        return counts;
    }

    private int count(String table) {
        return store.withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }

    private List<String> articleIds() {
        return store.withHandle(h -> h.createQuery("select article_id from review_article order by article_id")
                .mapTo(String.class).list());
    }
}
