package org.floorcross.cli;

import org.floorcross.app.App;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor's session on the command line, end to end: ingest a bundled demo article with automatic acceptance off,
 * list what waits with its evidence, accept, edit, reject, and read the history; the council's composition follows.
 */
abstract class ReviewCommandSuite {

    private static final Services SERVICES = new App();
    private static final Pattern BROXTOWE = Pattern.compile("#(\\d+) Broxtowe Borough Council");

    @TempDir
    Path articles;

    /** The store options for a fresh, empty store: {@code --data DIR} or {@code --db URL}. */
    abstract List<String> where() throws Exception;

    @Test
    void anEditorAcceptsEditsAndRejectsAnEventAndTheHistoryKeepsEveryDecision() throws Exception {
        List<String> where = where();
        Path article = Files.copy(Path.of("src/main/resources/org/floorcross/app/demo",
                "demo02_broxtowe-independents-launch.txt"), articles.resolve("broxtowe.txt"));
        assertThat(run(where, "ingest", article.toString(), "--auto-accept", "1.0").out()).contains("1 new");

        Run pending = run(where, "review");
        assertThat(pending.out()).contains("pending");
        String text = Files.readString(article).replaceAll("\\s+", " ");
        assertThat(pending.out().lines().filter(line -> line.startsWith("        \""))
                .map(line -> line.strip().replaceAll("^\"|\"$", "")))
                .as("evidence sentences quoted from the article").isNotEmpty().allMatch(text::contains);
        Matcher id = BROXTOWE.matcher(pending.out());
        assertThat(id.find()).as(pending.out()).isTrue();
        String event = id.group(1);
        assertThat(labourOnTheDay(where)).isEqualTo(26);

        assertThat(run(where, "review", "accept", event, "--by", "Edna Editor", "--why", "checked the minutes").code())
                .isZero();
        run(where, "review", "edit", event, "--count", "20", "--by", "Edna Editor", "--why", "twenty in all");
        assertThat(labourOnTheDay(where)).isEqualTo(6);
        run(where, "review", "edit", event, "--count", "19", "--by", "Edna Editor", "--why", "one stayed");
        assertThat(labourOnTheDay(where)).isEqualTo(7);
        run(where, "review", "reject", event, "--by", "Sam Subeditor", "--why", "story withdrawn");
        assertThat(labourOnTheDay(where)).isEqualTo(26);

        Run history = run(where, "review", "history", event);
        assertThat(history.out()).contains("accepted", "Edna Editor", "checked the minutes", "edited", "count 19",
                "rejected", "Sam Subeditor", "story withdrawn");
        assertThat(run(where, "review", "list", "--all").out()).contains("[rejected");
    }

    @Test
    void anUnknownEventIdIsAUsageError() throws Exception {
        Run run = run(where(), "review", "accept", "999", "--by", "Edna Editor");
        assertThat(run.code()).isEqualTo(Failures.USAGE);
        assertThat(run.err()).contains("999");
    }

    private int labourOnTheDay(List<String> where) {
        Run council = run(where, "council", "Broxtowe", "--at", "2025-01-02", "--no-members");
        Matcher labour = Pattern.compile("Labour\\s+(\\d+)").matcher(council.out());
        assertThat(labour.find()).as(council.out()).isTrue();
        return Integer.parseInt(labour.group(1));
    }

    private static Run run(List<String> where, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(where);
        return Run.of(SERVICES, all.toArray(String[]::new));
    }
}
