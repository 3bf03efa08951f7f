package org.floorcross.cli;

import java.io.PrintWriter;
import org.floorcross.extract.ArticleExtraction;
import org.floorcross.extract.Evidence;
import org.floorcross.extract.ExtractedEvent;
import org.floorcross.news.Article;

/** The readable form of an extraction: each event on a line, then its evidence sentences. */
final class ExtractionText {

    private ExtractionText() {
    }

    static void render(PrintWriter out, Article article, ArticleExtraction extraction) {
        out.printf("%s%s: %s%n", extraction.article(),
                extraction.published() == null ? "" : " (" + extraction.published() + ")",
                extraction.relevant() ? extraction.events().size() + " event(s)" : "not relevant");
        for (ExtractedEvent e : extraction.events()) {
            out.printf("  %s on %s%s: %s -> %s%s%s%s%s  [confidence %.2f]%n", e.kind(), e.body(),
                    e.bodyId() == null ? " (not in the register)" : " (" + e.bodyId() + ")",
                    orDash(e.from()), orDash(e.to()), e.group() == null ? "" : ", group " + e.group(),
                    e.count() == null ? "" : ", " + e.count() + " members",
                    e.people().isEmpty() ? "" : ", " + String.join(", ", e.people()),
                    e.date() == null ? "" : ", on " + e.date() + " (" + e.datePrecision() + ")", e.confidence());
            for (Evidence span : e.evidence()) {
                out.printf("      \"%s\"%n", sentence(article.text(), span));
            }
        }
    }

    private static String sentence(String text, Evidence span) {
        int start = Math.max(0, Math.min(span.start(), text.length()));
        int end = Math.max(start, Math.min(span.end(), text.length()));
        return text.substring(start, end).replaceAll("\\s+", " ").strip();
    }

    private static String orDash(String party) {
        return party == null ? "?" : party;
    }
}
