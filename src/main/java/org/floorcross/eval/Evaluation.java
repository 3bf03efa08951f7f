package org.floorcross.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.floorcross.extract.ArticleExtraction;

/**
 * Scores extraction output against gold: events matched on (kind, body, from, to) ignoring case and spacing, then
 * counts and people compared on the matched pairs, relevance and clean negatives per article, and every miss listed.
 * A gold article absent from the output counts as wholly missed; output articles without gold are listed as unscored.
 */
public final class Evaluation {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Evaluation() {}

    /** Reads a gold file (JSON Lines, one {@link GoldArticle} per line); a bad line throws, naming file and line. */
    public static List<GoldArticle> readGold(Path file) throws IOException {
        return EvaluationFiles.read(file, GoldArticle.class);
    }

    /** Reads {@code extract --format jsonl} output; a bad line throws, naming file and line. */
    public static List<ArticleExtraction> readExtractions(Path file) throws IOException {
        return EvaluationFiles.read(file, ArticleExtraction.class);
    }

    /** Scores {@code output} against {@code gold}; ids must be unique within each list. */
    public static EvaluationReport score(List<GoldArticle> gold, List<ArticleExtraction> output) {
        Map<String, ArticleExtraction> byId = new LinkedHashMap<>();
        for (ArticleExtraction extraction : output) {
            if (byId.putIfAbsent(extraction.article(), extraction) != null) {
                throw new IllegalArgumentException("output has article id twice: " + extraction.article());
            }
        }
        Tally tally = new Tally();
        ArticleScoring scoring = new ArticleScoring(tally);
        List<ArticleScore> articles = new ArrayList<>();
        Set<String> goldIds = new HashSet<>();
        for (GoldArticle article : gold) {
            if (!goldIds.add(article.id())) {
                throw new IllegalArgumentException("gold has article id twice: " + article.id());
            }
            ArticleExtraction found = byId.remove(article.id());
            articles.add(found == null ? scoring.absent(article) : scoring.score(article, found));
        }
        return new EvaluationReport(tally.events(), tally.counts(), tally.people(), tally.relevance(),
                tally.cleanNegatives(), tally.fields(), articles, List.copyOf(byId.keySet()));
    }

    /** The report as plain text: the five measures, then one line per miss, then the unscored ids. */
    public static String renderText(EvaluationReport report) {
        return TextRendering.render(report);
    }

    /** The report as an indented JSON object with snake_case fields; each miss carries a {@code type}. */
    public static String renderJson(EvaluationReport report) {
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an evaluation report always serialises", e);
        }
    }
}
