package org.floorcross.news;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The seed articles in ../shared: tests skip visibly when absent, and fail instead when FLOORCROSS_REQUIRE_SHARED=true. */
final class SharedSeeds {

    private SharedSeeds() {}

    static Path require() {
        Path seeds = Path.of("..", "shared", "seeds").toAbsolutePath().normalize();
        if (!Files.isDirectory(seeds)) {
            String message = "SKIPPED: " + seeds + " is absent, so the tests that read the shared seeds cannot run";
            if ("true".equals(System.getenv("FLOORCROSS_REQUIRE_SHARED"))) {
                fail(message.substring("SKIPPED: ".length()) + " (FLOORCROSS_REQUIRE_SHARED=true)");
            }
            System.err.println(message);
            assumeTrue(false, message);
        }
        return seeds;
    }
}
