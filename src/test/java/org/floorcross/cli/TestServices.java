package org.floorcross.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.floorcross.extract.Extractor;
import org.floorcross.ledger.Ledger;
import org.floorcross.news.NewsReader;
import org.floorcross.register.Register;
import org.floorcross.review.Review;
import org.floorcross.review.ReviewConfig;
import org.floorcross.store.Store;
import org.floorcross.store.StoreConfig;

/** The real capabilities, built the way the application builds them, for driving the command line in tests. */
final class TestServices implements Services {

    private static final Register REGISTER = Register.bundled();
    private final Map<StoreConfig, Store> stores = new HashMap<>();
    private final Map<StoreConfig, Ledger> ledgers = new HashMap<>();
    private Extractor extractor;

    @Override
    public Register register() {
        return REGISTER;
    }

    @Override
    public synchronized Ledger ledger(StoreConfig store) {
        return ledgers.computeIfAbsent(store, config -> new Ledger(REGISTER::rosters, store(config)));
    }

    @Override
    public synchronized Review review(StoreConfig store, ReviewConfig config) {
        return new Review(store(store), REGISTER::rosters, article -> extractor().extract(article), ledger(store),
                config, Clock.systemUTC());
    }

    /** Copies the demo articles from the source tree (tests run in the project directory). */
    @Override
    public List<Path> demoArticles(Path directory) {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/floorcross/app/demo"))) {
            Files.createDirectories(directory);
            List<Path> copied = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                copied.add(Files.copy(file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING));
            }
            return copied;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized Store store(StoreConfig config) {
        return stores.computeIfAbsent(config, Store::open);
    }

    @Override
    public NewsReader newsReader() {
        return new NewsReader();
    }

    @Override
    public synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor(REGISTER);
        }
        return extractor;
    }
}
