package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API on a real server on a random port, including bad input. */
class ApiIT {

    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        FakeRecords records = DemoFixture.records();
        server = WebServer.start(DemoFixture.config(), records, records, DemoFixture.CLOCK);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    @Test
    void compositionAtADateCountsTheDefection() throws Exception {
        JsonNode before = json(get("/api/bodies/E07000172/composition?at=2024-02-01"));
        JsonNode after = json(get("/api/bodies/E07000172/composition?at=2025-01-02"));
        assertThat(before.path("blocs").get(0).path("bloc").asText()).isEqualTo("Labour");
        assertThat(before.path("blocs").get(0).path("seats").asInt()).isEqualTo(26);
        assertThat(before.path("control").path("majority").asBoolean()).isTrue();
        assertThat(after.path("control").path("majority").asBoolean()).isFalse();
        assertThat(after.path("control").path("needed").asInt()).isEqualTo(23);
        assertThat(after.toString()).contains("\"bloc\":\"Broxtowe Independents\",\"seats\":20");
    }

    @Test
    void unknownBodyIsNotFoundAsJson() throws Exception {
        HttpResponse<String> response = get("/api/bodies/E00000000/composition");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("error").asText()).contains("E00000000");
    }

    @Test
    void malformedDateIsABadRequest() throws Exception {
        HttpResponse<String> response = get("/api/bodies/E07000172/composition?at=2025-13-45");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asText()).contains("2025-13-45").contains("YYYY-MM-DD");
    }

    @Test
    void oversizedQueryIsABadRequest() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + "a".repeat(500));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("error").asText()).contains("too long");
    }
}
