package org.floorcross.review;

import java.nio.file.Path;
import org.floorcross.store.StoreConfig;
import org.junit.jupiter.api.io.TempDir;

/** The review suite on an embedded H2 file database. */
class ReviewH2IT extends ReviewSuite {

    @TempDir
    Path dataDir;

    @Override
    StoreConfig freshStore() {
        return StoreConfig.embedded(dataDir);
    }
}
