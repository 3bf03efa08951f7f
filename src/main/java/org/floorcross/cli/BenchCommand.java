package org.floorcross.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.floorcross.bench.Bench;
import org.floorcross.register.Body;
import org.floorcross.register.BodyKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code floorcross bench}: measures the prefilter, extraction and end-to-end throughput, and the peak heap. */
@Command(name = "bench", description = {"Measure prefilter MB/s, extraction articles/s, end-to-end articles/s on a "
        + "generated news mix, and peak heap.", "Figures vary with the machine and its load: run it on an idle machine."})
final class BenchCommand implements Callable<Integer> {

    private final Services services;

    @Option(names = "--articles", defaultValue = "20000", description = "Articles in the end-to-end mix (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--relevant", defaultValue = "0.02", description = "Share of relevant articles (default: ${DEFAULT-VALUE}).")
    double relevant;

    @Option(names = "--threads", defaultValue = "0", description = "Threads for the end-to-end run (default: one per core).")
    int threads;

    @Option(names = "--seed", defaultValue = "2024", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    BenchCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        List<String> councils = services.register().bodies().stream().filter(b -> b.end() == null)
                .filter(b -> b.kind() == BodyKind.DISTRICT || b.kind() == BodyKind.UNITARY).map(Body::name).toList();
        Bench bench = new Bench(services.extractor(), services.newsReader(), councils);
        Path work = Files.createTempDirectory("floorcross-bench");
        try {
            Bench.Report report = bench.run(new Bench.Settings(articles, relevant, workers, seed), work,
                    step -> spec.commandLine().getErr().println("bench: " + step));
            report.figures().forEach((name, value) -> spec.commandLine().getOut().printf("%-50s %10.1f%n", name, value));
        } finally {
            Files.deleteIfExists(work);
        }
        return 0;
    }
}
