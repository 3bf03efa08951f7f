package org.floorcross.app;

import org.floorcross.cli.Services;
import java.time.Clock;
import org.floorcross.extract.Extractor;
import org.floorcross.ledger.Ledger;
import org.floorcross.register.Register;
import org.floorcross.review.Review;
import org.floorcross.review.ReviewConfig;
import org.floorcross.store.Store;
import org.floorcross.store.StoreConfig;
import org.floorcross.web.WebConfig;
import org.floorcross.web.WebServer;

/** The composition root: builds each capability once, on first use, with plain constructors. */
final class App implements Services {

    private Register register;

    @Override
    public synchronized Register register() {
        if (register == null) {
            register = Register.bundled();
        }
        return register;
    }

    @Override
    public WebServer web(WebConfig web, StoreConfig storeConfig) {
        Clock clock = Clock.systemUTC();
        Store store = Store.open(storeConfig);
        Ledger ledger = new Ledger(register()::rosters, store, clock);
        Extractor extractor = new Extractor(register());
        Review review = new Review(store, register()::rosters, extractor::extract, ledger, ReviewConfig.defaults(),
                clock);
        return WebServer.start(web, register(), ledger, review, clock);
    }
}
