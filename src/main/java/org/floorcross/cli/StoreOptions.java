package org.floorcross.cli;

import java.nio.file.Path;
import org.floorcross.store.StoreConfig;
import picocli.CommandLine.Option;

/** Where the store is: the options every command that reads or writes the ledger takes. */
final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the embedded H2 database (default: $FLOORCROSS_DATA, else ~/.floorcross).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database instead, e.g. jdbc:postgresql://localhost/floorcross "
                    + "(default: $FLOORCROSS_DB; credentials in $FLOORCROSS_DB_USER and $FLOORCROSS_DB_PASSWORD).")
    String db;

    StoreConfig config() {
        return StoreConfig.fromEnvironment(db, data);
    }
}
