package org.floorcross.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The JDBC store. {@link #open} migrates the schema (the same Flyway migrations on H2 and PostgreSQL); work runs in
 * {@link #inTransaction} (all or nothing) or {@link #withHandle}.
 */
public final class Store {

    private final StoreConfig config;
    private final Jdbi jdbi;

    private Store(StoreConfig config, Jdbi jdbi) {
        this.config = config;
        this.jdbi = jdbi;
    }

    /** Opens the database and brings its schema up to date; throws {@link StoreException} if it cannot. */
    public static Store open(StoreConfig config) {
        try {
            Flyway.configure()
                    .dataSource(config.jdbcUrl(), config.user(), config.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot open or migrate the store at " + config, e);
        }
        return new Store(config, Jdbi.create(config.jdbcUrl(), config.user(), config.password()));
    }

    public StoreConfig config() {
        return config;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <R, X extends Exception> R inTransaction(HandleCallback<R, X> work) throws X {
        return jdbi.inTransaction(work);
    }

    /** Runs the work on one connection without an explicit transaction (each statement commits). */
    public <R, X extends Exception> R withHandle(HandleCallback<R, X> work) throws X {
        return jdbi.withHandle(work);
    }
}
