package org.floorcross.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.floorcross.news.Article;
import org.floorcross.news.NewsReader;

/**
 * Reads articles and extracts them on several threads, handing results on in input order. At most a few articles per
 * thread are in flight, so memory stays flat however large the input. Problems (bad input, an article the extractor
 * fails on) are reported as they occur, naming the file, and the rest continues.
 */
public final class Batch {

    private record Item(Article article, CompletableFuture<Optional<ArticleExtraction>> result) {}

    private static final Item END = new Item(null, null);

    private final NewsReader reader;
    private final Extractor extractor;
    private final int threads;

    public Batch(NewsReader reader, Extractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.reader = reader;
        this.extractor = extractor;
        this.threads = threads;
    }

    /**
     * Extracts every article under the paths, handing each result on in input order.
     *
     * @return how many problems were reported
     */
    public int run(List<Path> paths, BiConsumer<Article, ArticleExtraction> results, Consumer<String> problems)
            throws InterruptedException {
        AtomicInteger count = new AtomicInteger();
        Consumer<String> report = message -> {
            count.incrementAndGet();
            problems.accept(message);
        };
        BlockingQueue<Item> inFlight = new ArrayBlockingQueue<>(threads * 4);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Thread reading = Thread.ofPlatform().name("floorcross-reader").start(() -> {
            try {
                reader.read(paths, article -> put(inFlight, new Item(article,
                        CompletableFuture.supplyAsync(() -> extract(article, report), pool))),
                        problem -> report.accept(problem.toString()));
            } finally {
                put(inFlight, END);
            }
        });
        try {
            for (Item next = inFlight.take(); next != END; next = inFlight.take()) {
                Article article = next.article();
                next.result().get().ifPresent(extraction -> results.accept(article, extraction));
            }
            reading.join();
            return count.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction stopped: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Optional<ArticleExtraction> extract(Article article, Consumer<String> problems) {
        try {
            return Optional.of(extractor.extract(article));
        } catch (RuntimeException e) {
            problems.accept(article.origin() + ": could not extract: " + e);
            return Optional.empty();
        }
    }

    private static void put(BlockingQueue<Item> queue, Item item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading articles", e);
        }
    }
}
