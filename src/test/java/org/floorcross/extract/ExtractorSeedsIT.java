package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.floorcross.news.Article;
import org.floorcross.news.NewsReader;
import org.floorcross.register.Register;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two seed articles in ../shared/seeds give exactly their gold events. */
class ExtractorSeedsIT {

    private static Map<String, ArticleExtraction> byId;

    @BeforeAll
    static void extractSeeds() {
        Path seeds = Path.of("..", "shared", "seeds").toAbsolutePath().normalize();
        if (!Files.isDirectory(seeds)) {
            String message = seeds + " is absent, so the seed extraction test cannot run";
            if ("true".equals(System.getenv("FLOORCROSS_REQUIRE_SHARED"))) {
                fail(message + " (FLOORCROSS_REQUIRE_SHARED=true)");
            }
            System.err.println("SKIPPED: " + message);
            assumeTrue(false, message);
        }
        List<Article> articles = new ArrayList<>();
        new NewsReader().read(List.of(seeds), articles::add);
        Extractor extractor = new Extractor(Register.bundled());
        byId = articles.stream().map(extractor::extract)
                .collect(Collectors.toMap(ArticleExtraction::article, Function.identity()));
    }

    @Test
    void pendleLeaversAreOneDefectionPerCouncil() {
        ArticleExtraction pendle = byId.get("000_641e2aab1e4107f1");
        assertThat(pendle.relevant()).isTrue();
        assertThat(pendle.events()).extracting(ExtractedEvent::kind, ExtractedEvent::body, ExtractedEvent::from,
                ExtractedEvent::to).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("defection", "Pendle Borough Council", "Labour", "Independent"),
                org.assertj.core.groups.Tuple.tuple("defection", "Brierfield Town Council", "Labour", "Independent"),
                org.assertj.core.groups.Tuple.tuple("defection", "Nelson Town Council", "Labour", "Independent"));
        ExtractedEvent borough = pendle.events().stream()
                .filter(e -> e.body().equals("Pendle Borough Council")).findFirst().orElseThrow();
        assertThat(borough.people()).containsExactlyInAnyOrder("Asjad Mahmood", "Yvonne Tennant", "Mohammed Iqbal");
        assertThat(pendle.events()).allSatisfy(e -> assertThat(e.count()).isNull());
        assertThat(pendle.published()).isEqualTo("2024-04-01");
    }

    @Test
    void broxtoweTwentyLeaveLabourForIndependence() {
        ArticleExtraction broxtowe = byId.get("003_46f0b1df78b2b999");
        assertThat(broxtowe.relevant()).isTrue();
        assertThat(broxtowe.events()).hasSize(1);
        ExtractedEvent event = broxtowe.events().get(0);
        assertThat(List.of(event.kind(), event.body(), event.from(), event.to()))
                .containsExactly("defection", "Broxtowe Borough Council", "Labour", "Independent");
        assertThat(event.count()).isEqualTo(20);
        assertThat(event.people()).contains("Milan Radulovic");
        assertThat(event.evidence()).isNotEmpty();
    }
}
