package org.floorcross.ledger;

import org.floorcross.store.StoreConfig;
import org.floorcross.store.TestPostgres;

/** The ledger suite on a real PostgreSQL server started by the test, one fresh database per test. */
class LedgerPostgresIT extends LedgerSuite {

    @Override
    StoreConfig freshStore() {
        return TestPostgres.freshDatabase("ledger");
    }
}
