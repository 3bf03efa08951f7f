package org.floorcross.cli;

import java.util.HashMap;
import java.util.Map;
import org.floorcross.extract.Extractor;
import org.floorcross.ledger.Ledger;
import org.floorcross.news.NewsReader;
import org.floorcross.register.Register;
import org.floorcross.store.Store;
import org.floorcross.store.StoreConfig;

/** The real capabilities, built the way the application builds them, for driving the command line in tests. */
final class TestServices implements Services {

    private static final Register REGISTER = Register.bundled();
    private final Map<StoreConfig, Ledger> ledgers = new HashMap<>();
    private Extractor extractor;

    @Override
    public Register register() {
        return REGISTER;
    }

    @Override
    public synchronized Ledger ledger(StoreConfig store) {
        return ledgers.computeIfAbsent(store, config -> new Ledger(REGISTER::rosters, Store.open(config)));
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
