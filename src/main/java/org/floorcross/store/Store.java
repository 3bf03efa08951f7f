package org.floorcross.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC store. {@link #open} migrates the schema (the same Flyway migrations on H2 and PostgreSQL); work runs in
 * {@link #inTransaction} (all or nothing) or {@link #withHandle}. An embedded H2 store keeps a small connection pool
 * open until {@link #close}.
 */
public final class Store implements AutoCloseable {

    private final StoreConfig config;
    private final DataSource dataSource;
    private final Jdbi jdbi;

    private Store(StoreConfig config, DataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens the database and brings its schema up to date; throws {@link StoreException} if it cannot. */
    public static Store open(StoreConfig config) {
        Store store = new Store(config, dataSource(config));
        try {
            Flyway.configure().dataSource(store.dataSource).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            store.close();
            throw new StoreException("cannot open or migrate the store at " + config, e);
        }
        return store;
    }

    private static DataSource dataSource(StoreConfig config) {
        if (config.isH2()) {
            return JdbcConnectionPool.create(config.jdbcUrl(), nullToEmpty(config.user()),
                    nullToEmpty(config.password()));
        }
        if (config.jdbcUrl().startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setUrl(config.jdbcUrl());
            if (config.user() != null) {
                postgres.setUser(config.user());
            }
            if (config.password() != null) {
                postgres.setPassword(config.password());
            }
            return postgres;
        }
        throw new IllegalArgumentException("unsupported database (H2 or PostgreSQL only): " + config);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
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

    /** Releases the connections an embedded store keeps open. */
    @Override
    public void close() {
        if (dataSource instanceof JdbcConnectionPool pool) {
            pool.dispose();
        }
    }
}
