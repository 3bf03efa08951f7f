package org.floorcross.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.floorcross.news.Article;
import org.floorcross.review.IngestReport;
import org.floorcross.review.ProposedEvent;
import org.floorcross.review.Review;
import org.floorcross.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code floorcross demo}: the main job on the bundled sample articles. Loads the register, ingests the articles into
 * the store, and prints every event they report with its sources and the composition and control before and after.
 * Running it again ingests nothing new and prints the same.
 */
@Command(name = "demo", description = {"The main job: ingest the bundled sample articles and show what changed.",
        "Loads the register, ingests eight sample articles into the store, prints each event with its sources and the",
        "composition and control before and after, then serves the dashboard (in a terminal, or with --serve)."})
final class DemoCommand implements Callable<Integer> {

    private final Services services;

    @Mixin
    StoreOptions store;

    @Mixin
    ReviewOptions options;

    @Option(names = "--serve", negatable = true, description = "Serve the dashboard afterwards (default: only when "
            + "run in an interactive terminal).")
    Boolean serve;

    @Option(names = "--port", defaultValue = "7070", description = "Port for the dashboard (default: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    DemoCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws java.io.IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        StoreConfig config = store.config();
        out.printf("Register: %d bodies loaded.%n", services.register().bodies().size());
        List<Path> files = services.demoArticles(dataDirectory().resolve("demo-articles"));
        List<Article> articles = new ArrayList<>();
        services.newsReader().read(files, articles::add).problems().forEach(p -> out.println("  problem: " + p));
        Review review = services.review(config, options.config());
        IngestReport report = review.ingest(articles, Progress.on(spec.commandLine().getErr(), articles.size()));
        IngestCommand.summary(out, report);
        out.printf("Store: %s%n%n", config);
        Set<String> ids = articles.stream().map(Article::id).collect(Collectors.toSet());
        Changes changes = new Changes(services.ledger(config));
        for (ProposedEvent event : demoEvents(review, ids)) {
            changes.print(out, event);
        }
        int code = report.failures().isEmpty() ? 0 : Failures.PARTLY_FAILED;
        if (serve != null ? serve : System.console() != null) {
            Dashboard.serveUntilStopped(services, config, port, ServeCommand.editorLines(null), out);
        } else {
            out.println("See it in a browser: ./floorcross serve" + (store.data == null ? "" : " --data " + store.data)
                    + " (then http://localhost:" + port + "/).");
        }
        return code;
    }

    private static List<ProposedEvent> demoEvents(Review review, Set<String> ids) {
        return review.events().stream()
                .filter(event -> event.reports().stream().anyMatch(r -> ids.contains(r.articleId())))
                .sorted(Comparator.comparing((ProposedEvent e) -> e.date().known() ? e.date().date() : LocalDate.MAX)
                        .thenComparing(ProposedEvent::id))
                .toList();
    }

    private Path dataDirectory() {
        return StoreConfig.dataDirectory(store.data, System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
