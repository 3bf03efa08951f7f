package org.floorcross.review;

import org.floorcross.store.StoreConfig;
import org.floorcross.store.TestPostgres;

/** The review suite on a real PostgreSQL server started by the test, one fresh database per test. */
class ReviewPostgresIT extends ReviewSuite {

    @Override
    StoreConfig freshStore() {
        return TestPostgres.freshDatabase("review");
    }
}
