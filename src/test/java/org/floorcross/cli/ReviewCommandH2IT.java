package org.floorcross.cli;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The editor's session on the embedded H2 database. */
class ReviewCommandH2IT extends ReviewCommandSuite {

    @TempDir
    Path data;

    @Override
    List<String> where() {
        return List.of("--data", data.toString());
    }
}
