package org.floorcross.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.floorcross.cli.Services;
import org.floorcross.extract.Extractor;
import org.floorcross.ledger.Ledger;
import org.floorcross.news.NewsReader;
import org.floorcross.register.Register;
import org.floorcross.review.Review;
import org.floorcross.review.ReviewConfig;
import org.floorcross.store.Store;
import org.floorcross.store.StoreConfig;

/**
 * The composition root: builds each capability once, on first use, with plain constructors. Tests drive the command
 * line through it too, so that they exercise the wiring users get.
 */
public final class App implements Services {

    private Register register;
    private final Map<Extractor.Reading, Extractor> extractors = new java.util.EnumMap<>(Extractor.Reading.class);
    private final Map<StoreConfig, Store> stores = new HashMap<>();
    private final Map<StoreConfig, Ledger> ledgers = new HashMap<>();

    @Override
    public synchronized Register register() {
        if (register == null) {
            register = Register.bundled();
        }
        return register;
    }

    @Override
    public synchronized Ledger ledger(StoreConfig store) {
        return ledgers.computeIfAbsent(store, config -> new Ledger(register()::rosters, store(config)));
    }

    @Override
    public synchronized Review review(StoreConfig store, ReviewConfig config) {
        return new Review(store(store), register()::rosters, article -> extractor().extract(article), ledger(store),
                config, Clock.systemUTC());
    }

    @Override
    public List<Path> demoArticles(Path directory) {
        return DemoArticles.copyTo(directory);
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
        return extractor(Extractor.Reading.RULES);
    }

    @Override
    public synchronized Extractor extractor(Extractor.Reading reading) {
        return extractors.computeIfAbsent(reading, r -> new Extractor(register(), r));
    }
}
