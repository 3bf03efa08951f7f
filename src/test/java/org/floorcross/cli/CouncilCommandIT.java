package org.floorcross.cli;

import org.floorcross.app.App;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CouncilCommandIT {

    private final Services services = new App();

    @TempDir
    Path data;

    @Test
    void showsBroxtoweCompositionAndControlFromTheBundledRoster() {
        Run run = Run.of(services, "council", "Broxtowe", "--at", "2024-02-01", "--data", data.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Broxtowe Borough Council (E07000172)", "44 seats, 23 needed for a majority",
                "Labour majority");
        assertThat(run.out()).containsPattern("Labour\\s+26").containsPattern("Conservative\\s+10");
    }

    @Test
    void findsPendleByCodeAndListsMembersByBloc() {
        Run run = Run.of(services, "council", "E07000122", "--at", "2024-02-01", "--data", data.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Pendle Borough Council");
        String labourMembers = run.out().substring(run.out().indexOf("Labour"));
        assertThat(labourMembers.lines().skip(1).findFirst().orElseThrow())
                .contains("Asjad Mahmood", "Yvonne Tennant");
    }

    @Test
    void ambiguousNameListsTheCandidatesAndExitsNonZero() {
        Run run = Run.of(services, "council", "Newcastle", "--data", data.toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("Newcastle City Council", "Newcastle-under-Lyme");
    }

    @Test
    void badDateSaysWhichFormatIsExpected() {
        Run run = Run.of(services, "council", "Pendle", "--at", "01/02/2024");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("'01/02/2024' is not a date: expected YYYY-MM-DD");
    }

    @Test
    void historyListsBaselinesOldestFirst() {
        Run run = Run.of(services, "history", "Broxtowe", "--data", data.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out().indexOf("2019-05-02")).isPositive().isLessThan(run.out().indexOf("2023-05-04"));
    }
}
