package org.floorcross.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreConfigTest {

    private static final Path HOME = Path.of("/home/reporter");
    private static final Map<String, String> ENV = Map.of("FLOORCROSS_DB", "jdbc:postgresql://db/fc",
            "FLOORCROSS_DB_USER", "fc", "FLOORCROSS_DB_PASSWORD", "secret", "FLOORCROSS_DATA", "/srv/fc");

    @Test
    void embeddedIsAnH2FileDatabaseInTheDataDirectory() {
        StoreConfig config = StoreConfig.embedded(Path.of("/tmp/fc"));

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:h2:file:/tmp/fc/floorcross;AUTO_SERVER=FALSE");
        assertThat(config.isH2()).isTrue();
    }

    @Test
    void explicitDatabaseUrlComesFirst() {
        StoreConfig config = StoreConfig.resolve("jdbc:postgresql://other/fc", Path.of("/data"), ENV, HOME);

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://other/fc");
        assertThat(config.user()).isEqualTo("fc");
    }

    @Test
    void environmentDatabaseComesBeforeAnyDataDirectory() {
        StoreConfig config = StoreConfig.resolve(null, Path.of("/data"), ENV, HOME);

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db/fc");
        assertThat(config.password()).isEqualTo("secret");
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void dataOptionThenEnvironmentThenHome() {
        assertThat(StoreConfig.resolve(null, Path.of("/data"), Map.of(), HOME).jdbcUrl())
                .startsWith("jdbc:h2:file:/data/floorcross");
        assertThat(StoreConfig.resolve(null, null, Map.of("FLOORCROSS_DATA", "/srv/fc"), HOME).jdbcUrl())
                .startsWith("jdbc:h2:file:/srv/fc/floorcross");
        assertThat(StoreConfig.resolve(null, null, Map.of(), HOME).jdbcUrl())
                .startsWith("jdbc:h2:file:/home/reporter/.floorcross/floorcross");
    }

    @Test
    void rejectsWhatIsNotAJdbcUrl() {
        assertThatThrownBy(() -> new StoreConfig("postgres://db/fc", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postgres://db/fc");
    }
}
