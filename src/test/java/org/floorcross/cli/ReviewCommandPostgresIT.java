package org.floorcross.cli;

import java.util.List;
import org.floorcross.store.TestPostgres;

/** The editor's session on a real PostgreSQL server started by the test, one fresh database per test. */
class ReviewCommandPostgresIT extends ReviewCommandSuite {

    @Override
    List<String> where() {
        return List.of("--db", TestPostgres.freshDatabase("review_cli").jdbcUrl());
    }
}
