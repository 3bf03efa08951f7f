package org.floorcross.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.floorcross.news.Article;
import org.floorcross.news.ReadReport;
import org.floorcross.review.IngestReport;
import org.floorcross.review.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code floorcross ingest PATH...}: store articles, extract and corroborate their claims, apply accepted events. */
@Command(name = "ingest", description = "Read articles, extract their claims, merge reports of the same move, "
        + "accept the well-supported ones into the ledger; the rest wait for `floorcross review`.")
final class IngestCommand implements Callable<Integer> {

    private final Services services;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories.")
    List<Path> paths;

    @Mixin
    StoreOptions store;

    @Mixin
    ReviewOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    IngestCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Article> articles = new ArrayList<>();
        ReadReport read = services.newsReader().read(paths, articles::add);
        read.problems().forEach(problem -> err.println("floorcross: " + problem));
        Review review = services.review(store.config(), options.config());
        IngestReport report = review.ingest(articles, Progress.on(err, articles.size()));
        summary(out, report);
        report.events().forEach(id -> Proposals.print(out, review.requireEvent(id), false));
        report.failures().forEach(failure -> err.println("floorcross: not ingested: " + failure));
        return read.hasProblems() || !report.failures().isEmpty() ? Failures.PARTLY_FAILED : 0;
    }

    static void summary(PrintWriter out, IngestReport report) {
        out.printf("Ingested %d article(s): %d new, %d already stored, %d failed; %d claim(s) into %d event(s).%n",
                report.read(), report.stored(), report.duplicates(), report.failures().size(), report.claims(),
                report.events().size());
    }
}
