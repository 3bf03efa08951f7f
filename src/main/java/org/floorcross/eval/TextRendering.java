package org.floorcross.eval;

import java.util.Locale;
import java.util.stream.Collectors;

/** The report as a few lines of plain text for a terminal. */
final class TextRendering {

    private TextRendering() {}

    static String render(EvaluationReport report) {
        StringBuilder text = new StringBuilder();
        text.append(score("Events", report.events(), "matched", "predicted", "in gold"));
        text.append(ratio("Counts", "accuracy", report.counts(), "matched events with a gold count"));
        text.append(score("People", report.people(), "found", "named in output", "named in gold"));
        text.append(ratio("Relevance", "accuracy", report.relevance(), "gold articles"));
        text.append(ratio("Negatives", "clean", report.cleanNegatives(), "non-relevant gold articles"));
        text.append(fields(report.fields()));
        long imperfect = report.articles().stream().filter(article -> !article.perfect()).count();
        text.append(String.format(Locale.ROOT, "%nArticles: %d scored, %d with misses%n",
                report.articles().size(), imperfect));
        for (ArticleScore article : report.articles()) {
            for (Miss miss : article.misses()) {
                text.append("  ").append(article.id()).append(": ").append(miss.describe()).append('\n');
            }
        }
        if (!report.unscored().isEmpty()) {
            text.append("Unscored (in the output, not in gold): ").append(String.join(", ", report.unscored()))
                    .append('\n');
        }
        return text.toString();
    }

    /** "Fields     body 3, to 2 wrong in near misses; 4 missed and 1 extra outright", then the commonest confusions. */
    private static String fields(FieldConfusion fields) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-10s ", "Fields"));
        text.append(fields.wrong().isEmpty() ? "no near misses" : fields.wrong().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                + " wrong in events found with other fields right");
        text.append(String.format(Locale.ROOT, "; %d missed and %d extra outright%n", fields.missingOutright(),
                fields.extraOutright()));
        fields.confusions().forEach((field, confusions) -> text.append(String.format(Locale.ROOT, "  %-5s %s%n",
                field, confusions.stream().limit(6).map(c -> c.expected() + " -> " + c.found()
                        + (c.times() > 1 ? " (" + c.times() + ")" : "")).collect(
                        Collectors.joining("; ")))));
        return text.toString();
    }

    private static String score(String label, Score score, String matched, String predicted, String expected) {
        return String.format(Locale.ROOT, "%-10s P %.3f  R %.3f  F1 %.3f  (%d %s, %d %s, %d %s)%n", label,
                score.precision(), score.recall(), score.f1(), score.matched(), matched, score.predicted(), predicted,
                score.expected(), expected);
    }

    private static String ratio(String label, String measure, Ratio ratio, String over) {
        String value = ratio.value() == null ? "n/a" : String.format(Locale.ROOT, "%.3f", ratio.value());
        return String.format(Locale.ROOT, "%-10s %s %s  (%d of %d %s)%n", label, measure, value, ratio.correct(),
                ratio.total(), over);
    }
}
