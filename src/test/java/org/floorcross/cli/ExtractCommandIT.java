package org.floorcross.cli;

import org.floorcross.app.App;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandIT {

    private static final Services SERVICES = new App();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void printsOneContractLinePerArticleInInputOrderAndNothingElse() throws Exception {
        Files.writeString(dir.resolve("b_quit.txt"), " date 2024-03-05 Two Conservative councillors on Wealden "
                + "District Council, Ann Smith and Bob Jones, have quit the party to sit as independents.");
        Files.writeString(dir.resolve("a_weather.txt"), "Heavy rain is expected across Cumbria this weekend.");

        Run run = Run.of(SERVICES, "extract", "--format", "jsonl", dir.toString());

        assertThat(run.code()).as(run.err()).isZero();
        List<JsonNode> lines = run.out().lines().map(ExtractCommandIT::parse).toList();
        assertThat(lines).extracting(line -> line.get("article").asText()).containsExactly("a_weather", "b_quit");
        assertThat(lines.get(0).get("relevant").asBoolean()).isFalse();
        JsonNode event = lines.get(1).get("events").get(0);
        assertThat(event.get("kind").asText()).isEqualTo("defection");
        assertThat(event.get("body").asText()).isEqualTo("Wealden District Council");
        assertThat(event.get("from").asText()).isEqualTo("Conservative");
        assertThat(event.get("to").asText()).isEqualTo("Independent");
        assertThat(lines.get(1).get("published").asText()).isEqualTo("2024-03-05");
    }

    @Test
    void reportsEachBadFileOnceKeepsGoingAndExitsNonZero() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Councillor Jane Doe has left the Labour Party.");
        Files.createFile(dir.resolve("empty.txt"));
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 5});
        Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'});
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        Path missing = dir.resolve("missing.txt");

        Run run = Run.of(SERVICES, "extract", "--format", "jsonl", dir.toString(), missing.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines().map(ExtractCommandIT::parse).map(line -> line.get("article").asText()))
                .containsExactly("good");
        assertThat(run.err().lines().filter(line -> line.startsWith("floorcross: "))).hasSize(5)
                .anySatisfy(line -> assertThat(line).contains("empty.txt"))
                .anySatisfy(line -> assertThat(line).contains("binary.txt"))
                .anySatisfy(line -> assertThat(line).contains("latin1.txt"))
                .anySatisfy(line -> assertThat(line).contains("huge.txt"))
                .anySatisfy(line -> assertThat(line).contains("missing.txt"));
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("standard output holds a line that is not JSON: " + line, e);
        }
    }
}
