package org.floorcross.ledger;

import java.nio.file.Path;
import org.floorcross.store.StoreConfig;
import org.junit.jupiter.api.io.TempDir;

/** The ledger suite on an embedded H2 file database. */
class LedgerH2IT extends LedgerSuite {

    @TempDir
    Path dataDir;

    @Override
    StoreConfig freshStore() {
        return StoreConfig.embedded(dataDir);
    }
}
