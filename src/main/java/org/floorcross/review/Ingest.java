package org.floorcross.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.floorcross.extract.ArticleExtraction;
import org.floorcross.news.Article;
import org.floorcross.news.NewsReader;
import org.jdbi.v3.core.Handle;

/**
 * Ingests one article inside the caller's transaction: stores it (unless its content is already stored), extracts
 * claims, merges each into the event it reports or a new one, and settles the events it touched.
 */
final class Ingest {

    private final Function<Article, ArticleExtraction> extractor;
    private final Claims claims;
    private final Corroboration corroboration;
    private final Decisions decisions;
    private final Clock clock;

    Ingest(Function<Article, ArticleExtraction> extractor, Claims claims, Corroboration corroboration,
           Decisions decisions, Clock clock) {
        this.extractor = extractor;
        this.claims = claims;
        this.corroboration = corroboration;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** What one article did: whether it was new, and the events its claims created or joined. */
    record Outcome(boolean stored, int claims, Set<Long> events) {}

    Outcome article(Handle handle, Article article) {
        String hash = NewsReader.contentHash(article);
        if (ArticleRows.exists(handle, hash)) {
            return new Outcome(false, 0, Set.of());
        }
        Instant now = clock.instant();
        ArticleRows.insert(handle, hash, article, now);
        ArticleExtraction extraction = extractor.apply(article);
        List<Claim> found = claims.of(article, hash, extraction, LocalDate.ofInstant(now, clock.getZone()));
        Set<Long> touched = new LinkedHashSet<>();
        for (Claim claim : found) {
            touched.add(merge(handle, claim, now));
        }
        touched.forEach(id -> decisions.settle(handle, id, now));
        return new Outcome(true, found.size(), touched);
    }

    private long merge(Handle handle, Claim claim, Instant now) {
        Map<Long, List<Claim>> byEvent = ClaimRows.sameBodyAndKind(handle, claim.move()).stream()
                .collect(Collectors.groupingBy(Claim::eventId, TreeMap::new, Collectors.toList()));
        List<Corroboration.Candidate> candidates = new ArrayList<>();
        byEvent.forEach((id, reports) -> candidates.add(new Corroboration.Candidate(id, reports)));
        long eventId = corroboration.match(claim, candidates).orElse(0L);
        String source = claim.articleId() + " (confidence " + claim.confidence() + ")";
        if (eventId == 0) {
            eventId = EventRows.insert(handle, claim.move(), now);
            HistoryRows.add(handle, new HistoryEntry(eventId, now, "extractor", "proposed", null, "from " + source));
        } else {
            HistoryRows.add(handle, new HistoryEntry(eventId, now, "extractor", "corroborated", null,
                    "another report: " + source));
        }
        ClaimRows.insert(handle, claim, eventId);
        return eventId;
    }
}
