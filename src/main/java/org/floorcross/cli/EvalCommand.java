package org.floorcross.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.floorcross.eval.Evaluation;
import org.floorcross.eval.EvaluationReport;
import org.floorcross.extract.ArticleExtraction;
import org.floorcross.extract.Batch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code floorcross eval GOLD.jsonl PATH...}: extracts the articles and scores the result against gold. */
@Command(name = "eval", description = "Score extraction against a gold file (the format of ../shared/seeds/gold.jsonl).")
final class EvalCommand implements Callable<Integer> {

    private final Services services;

    @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "The gold file.")
    Path gold;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH",
            description = "Article files or directories to extract.")
    List<Path> paths = List.of();

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Score this extract --format jsonl output instead of extracting PATHs.")
    Path predictions;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--reader", defaultValue = "RULES", paramLabel = "RULES|CLAUSES",
            description = "Which reader turns candidate sentences into events (default: ${DEFAULT-VALUE}).")
    org.floorcross.extract.Extractor.Reading reader;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    EvalCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        if (predictions == null && paths.isEmpty()) {
            throw new IllegalArgumentException("give article PATHs to extract, or --predictions FILE");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<ArticleExtraction> output = new ArrayList<>();
        int problems = 0;
        if (predictions != null) {
            output.addAll(Evaluation.readExtractions(predictions));
        } else {
            problems = new Batch(services.newsReader(), services.extractor(reader),
                    Runtime.getRuntime().availableProcessors()).run(paths, (a, e) -> output.add(e), Problems.to(err));
        }
        EvaluationReport report = Evaluation.score(Evaluation.readGold(gold), output);
        spec.commandLine().getOut().print(json ? Evaluation.renderJson(report) : Evaluation.renderText(report));
        return problems == 0 ? 0 : Failures.PARTLY_FAILED;
    }
}
