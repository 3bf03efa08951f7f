package org.floorcross.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.floorcross.extract.ArticleExtraction;
import org.floorcross.extract.Batch;
import org.floorcross.news.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code floorcross extract [--format jsonl|text] PATH...}: what each article reports, in input order. */
@Command(name = "extract", description = {"Extract changes of allegiance from articles (text, HTML, JSON Lines; "
        + "directories recursively).", "With --format jsonl, standard output holds only one JSON object per article "
        + "(the contract in DESIGN.md); problems and progress go to standard error."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Services services;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories.")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", description = "jsonl or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--threads", defaultValue = "${sys:floorcross.threads:-0}",
            description = "Extraction threads (default: one per core).")
    int threads;

    @Option(names = "--reader", defaultValue = "RULES", paramLabel = "RULES|CLAUSES",
            description = "Which reader turns candidate sentences into events (default: ${DEFAULT-VALUE}).")
    org.floorcross.extract.Extractor.Reading reader;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    ExtractCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Batch run = new Batch(services.newsReader(), services.extractor(reader), workers);
        int problems = run.run(paths, (article, extraction) -> print(out, article, extraction), Problems.to(err));
        out.flush();
        return problems == 0 ? 0 : Failures.PARTLY_FAILED;
    }

    private void print(PrintWriter out, Article article, ArticleExtraction extraction) {
        if (format == Format.jsonl) {
            out.println(json(extraction));
        } else {
            ExtractionText.render(out, article, extraction);
        }
    }

    static String json(ArticleExtraction extraction) {
        try {
            return JSON.writeValueAsString(extraction);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an extraction always serialises", e);
        }
    }
}
