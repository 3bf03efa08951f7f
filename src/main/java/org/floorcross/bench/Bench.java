package org.floorcross.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.floorcross.extract.Batch;
import org.floorcross.extract.Extractor;
import org.floorcross.news.Article;
import org.floorcross.news.NewsReader;

/**
 * Measures, on this machine: the prefilter's throughput on one thread, extraction on relevant articles, end-to-end
 * throughput (read, extract, serialise) on a generated mix, and the peak heap. Nothing here asserts a speed.
 */
public final class Bench {

    /**
     * @param articles how many articles in the end-to-end mix
     * @param relevantShare the share of them that report a change of allegiance (0.02 = 2%)
     * @param threads extraction threads for the end-to-end run
     * @param seed the generator's seed, for repeatable mixes
     */
    public record Settings(int articles, double relevantShare, int threads, long seed) {

        public Settings {
            if (articles < 100) {
                throw new IllegalArgumentException("articles must be at least 100, got " + articles);
            }
            if (relevantShare < 0 || relevantShare > 1) {
                throw new IllegalArgumentException("relevant share must be between 0 and 1, got " + relevantShare);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
        }
    }

    /** The figures, in the order measured, with their units in the names. */
    public record Report(Map<String, Double> figures) {}

    private static final int ARTICLE_CHARS = 4_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Extractor extractor;
    private final NewsReader reader;
    private final List<String> councils;

    public Bench(Extractor extractor, NewsReader reader, List<String> councils) {
        this.extractor = extractor;
        this.reader = reader;
        this.councils = List.copyOf(councils);
    }

    public Report run(Settings settings, Path workDir, Consumer<String> progress) throws IOException, InterruptedException {
        Map<String, Double> figures = new LinkedHashMap<>();
        SyntheticNews news = new SyntheticNews(settings.seed(), councils);
        progress.accept("prefilter: one thread over generated articles");
        figures.put("prefilter MB/s (1 thread)", prefilterMegabytesPerSecond(news));
        progress.accept("extraction: relevant articles, one thread");
        figures.put("extraction relevant articles/s (1 thread)", relevantPerSecond(news));
        progress.accept("end to end: " + settings.articles() + " articles, " + settings.threads() + " threads");
        resetPeaks();
        figures.put("end-to-end articles/s (" + settings.threads() + " threads, "
                + Math.round(settings.relevantShare() * 100) + "% relevant)", endToEndPerSecond(news, settings, workDir));
        figures.put("peak heap MB", peakHeapBytes() / 1e6);
        return new Report(figures);
    }

    private double prefilterMegabytesPerSecond(SyntheticNews news) {
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 2_000; i++) {
            String text = news.article(ARTICLE_CHARS);
            texts.add(text);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        int accepted = 0;
        for (int round = 0; round < 5; round++) { // warm-up
            for (String text : texts) {
                accepted += extractor.mayReport(text) ? 1 : 0;
            }
        }
        int rounds = 20;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (String text : texts) {
                accepted += extractor.mayReport(text) ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (accepted < 0) {
            throw new AssertionError("unreachable; keeps the loop from being optimised away");
        }
        return bytes * rounds / 1e6 / seconds;
    }

    private double relevantPerSecond(SyntheticNews news) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            articles.add(new Article("relevant-" + i, "bench", null, null, news.relevantArticle(ARTICLE_CHARS)));
        }
        articles.subList(0, 20).forEach(extractor::extract); // warm-up
        long start = System.nanoTime();
        articles.forEach(extractor::extract);
        return articles.size() / ((System.nanoTime() - start) / 1e9);
    }

    private double endToEndPerSecond(SyntheticNews news, Settings settings, Path workDir)
            throws IOException, InterruptedException {
        Path corpus = workDir.resolve("bench-mix.jsonl");
        int everyNth = settings.relevantShare() == 0 ? Integer.MAX_VALUE : (int) Math.round(1 / settings.relevantShare());
        try (BufferedWriter out = Files.newBufferedWriter(corpus)) {
            for (int i = 0; i < settings.articles(); i++) {
                String text = i % everyNth == 0 ? news.relevantArticle(ARTICLE_CHARS) : news.article(ARTICLE_CHARS);
                out.write(JSON.writeValueAsString(Map.of("id", "a" + i, "text", text)));
                out.newLine();
            }
        }
        OutputStream sink = OutputStream.nullOutputStream();
        long start = System.nanoTime();
        new Batch(reader, extractor, settings.threads()).run(List.of(corpus), (article, extraction) -> {
            try {
                JSON.writeValue(sink, extraction);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, problem -> { });
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.delete(corpus);
        return settings.articles() / seconds;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
