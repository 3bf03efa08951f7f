package org.floorcross.cli;

import org.floorcross.app.App;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandIT {

    @TempDir
    Path data;

    @Test
    void runningTheDemoTwiceIngestsOnceAndReportsTheSame() {
        Services services = new App();
        Run first = Run.of(services, "demo", "--no-serve", "--data", data.toString());
        Run second = Run.of(services, "demo", "--no-serve", "--data", data.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("8 new", "Broxtowe Borough Council —", "Pendle Borough Council",
                "floorcross serve");
        assertThat(second.out()).contains("0 new, 8 already stored");
        assertThat(afterSummary(second.out())).isEqualTo(afterSummary(first.out()));
    }

    private static String afterSummary(String out) {
        return out.substring(out.indexOf("Store:"));
    }
}
