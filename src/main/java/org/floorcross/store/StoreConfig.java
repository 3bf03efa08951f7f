package org.floorcross.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the store lives.
 *
 * @param jdbcUrl a JDBC URL: {@code jdbc:h2:file:...} or {@code jdbc:postgresql://...}
 * @param user the database user; null when the URL carries it or none is needed
 * @param password the password; null when the URL carries it or none is needed
 */
public record StoreConfig(String jdbcUrl, String user, String password) {

    public StoreConfig {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: '" + jdbcUrl + "'");
        }
    }

    /** The embedded H2 file database in a data directory. */
    public static StoreConfig embedded(Path dataDir) {
        String dir = dataDir.toAbsolutePath().normalize().toString().replace('\\', '/');
        return new StoreConfig("jdbc:h2:file:" + dir + "/floorcross;AUTO_SERVER=FALSE", "sa", "");
    }

    /**
     * Resolves the store from the command line and the environment, first match wins: an explicit database URL
     * ({@code --db}), {@code FLOORCROSS_DB}, else embedded H2 in the data directory ({@code --data}),
     * {@code FLOORCROSS_DATA}, else {@code ~/.floorcross}. {@code FLOORCROSS_DB_USER} and
     * {@code FLOORCROSS_DB_PASSWORD} give the credentials for a database URL.
     *
     * @param dbUrl the --db option, or null
     * @param dataDir the --data option, or null
     * @param env the environment (System.getenv())
     * @param home the user's home directory
     */
    public static StoreConfig resolve(String dbUrl, Path dataDir, Map<String, String> env, Path home) {
        String url = firstNonBlank(dbUrl, env.get("FLOORCROSS_DB"));
        if (url != null) {
            return new StoreConfig(url, env.get("FLOORCROSS_DB_USER"), env.get("FLOORCROSS_DB_PASSWORD"));
        }
        return embedded(dataDirectory(dataDir, env, home));
    }

    /** The data directory: {@code --data}, else {@code FLOORCROSS_DATA}, else {@code ~/.floorcross}. */
    public static Path dataDirectory(Path dataDir, Map<String, String> env, Path home) {
        if (dataDir != null) {
            return dataDir;
        }
        String envData = firstNonBlank(env.get("FLOORCROSS_DATA"), null);
        return envData != null ? Path.of(envData) : home.resolve(".floorcross");
    }

    /** {@link #resolve} with the process environment and the user's home directory. */
    public static StoreConfig fromEnvironment(String dbUrl, Path dataDir) {
        return resolve(dbUrl, dataDir, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    @Override
    public String toString() {
        return "StoreConfig[" + jdbcUrl.replaceAll("(?i)password=[^&;]*", "password=***") + ", user " + user + "]";
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
