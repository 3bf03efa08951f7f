package org.floorcross.app;

import java.util.HashMap;
import java.util.Map;
import org.floorcross.cli.Services;
import org.floorcross.extract.Extractor;
import org.floorcross.ledger.Ledger;
import org.floorcross.news.NewsReader;
import org.floorcross.register.Register;
import org.floorcross.store.Store;
import org.floorcross.store.StoreConfig;

/** The composition root: builds each capability once, on first use, with plain constructors. */
final class App implements Services {

    private Register register;
    private Extractor extractor;
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
        return ledgers.computeIfAbsent(store, config -> new Ledger(register()::rosters, Store.open(config)));
    }

    @Override
    public NewsReader newsReader() {
        return new NewsReader();
    }

    @Override
    public synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = new Extractor(register());
        }
        return extractor;
    }
}
