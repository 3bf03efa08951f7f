package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Every read-only endpoint on a real server over the demo's data, including bad input. */
class ApiIT {

    private static DemoData demo;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoData.start();
        http = new Http(demo.url(""));
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static void assertError(String path, int status, String... words) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(Http.parse(response).path("error").asText()).contains(words);
    }

    private static String broxtoweEvent() throws Exception {
        return http.json("/api/events?body=" + DemoData.BROXTOWE).path("items").get(0).path("id").asText();
    }

    @Test
    void listsAndFindsBodiesForgivingly() throws Exception {
        assertThat(http.json("/api/bodies?limit=5").path("total").asInt()).isGreaterThan(300);
        assertThat(http.json("/api/bodies?q=broxtwe").path("items").get(0).path("id").asText())
                .isEqualTo(DemoData.BROXTOWE);
        assertThat(http.json("/api/bodies/E07000172").path("name").asText()).isEqualTo("Broxtowe Borough Council");
        assertError("/api/bodies/E00000000", 404, "unknown body", "E00000000");
        assertError("/api/bodies?limit=lots", 400, "limit", "lots");
    }

    @Test
    void composesABodyAtAnyDate() throws Exception {
        JsonNode before = http.json("/api/bodies/E07000172/composition?at=2024-02-01");
        assertThat(before.path("totalSeats").asInt()).isEqualTo(44);
        assertThat(before.path("blocs").get(0).path("bloc").asText()).isEqualTo("Labour");
        assertThat(before.path("blocs").get(0).path("seats").asInt()).isEqualTo(26);
        assertThat(before.path("control").path("majority").asBoolean()).isTrue();
        JsonNode after = http.json("/api/bodies/E07000172/composition?at=2025-01-02");
        assertThat(after.path("blocs").get(0).path("bloc").asText()).isEqualTo("Broxtowe Independents");
        assertThat(after.path("blocs").get(0).path("seats").asInt()).isEqualTo(20);
        assertThat(after.path("control").path("majority").asBoolean()).isFalse();
        assertThat(after.path("control").path("needed").asInt()).isEqualTo(23);
        assertError("/api/bodies/E07000172/composition?at=2025-13-45", 400, "2025-13-45", "YYYY-MM-DD");
        assertError("/api/bodies/E07000172/composition?at=yesterday", 400, "yesterday");
        assertError("/api/bodies/NOPE/composition?at=2025-01-01", 404, "NOPE");
    }

    @Test
    void givesTheTimelineOldestFirst() throws Exception {
        JsonNode timeline = http.json("/api/bodies/E07000172/timeline");
        assertThat(timeline.get(0).path("kind").asText()).isEqualTo("baseline");
        assertThat(timeline.toString()).contains("\"kind\":\"defection\"").contains("2025-01-02");
        assertError("/api/bodies/NOPE/timeline", 404, "NOPE");
    }

    @Test
    void listsAcceptedEventsNewestFirstWithFilters() throws Exception {
        JsonNode all = http.json("/api/events");
        assertThat(all.path("total").asInt()).isEqualTo(2);
        assertThat(all.path("items").get(0).path("bodyId").asText()).isEqualTo(DemoData.BROXTOWE);
        assertThat(all.toString()).doesNotContain("alert");
        JsonNode pendle = http.json("/api/events?body=E07000122").path("items").get(0);
        assertThat(pendle.path("people").toString()).contains("Asjad Mahmood");
        assertThat(pendle.path("seats").asInt()).as("Mohammed Iqbal already sat as an independent").isEqualTo(2);
        assertThat(http.json("/api/events?party=Broxtowe%20Independents").path("total").asInt()).isEqualTo(1);
        assertThat(http.json("/api/events?from=2025-01-01&to=2025-12-31").path("total").asInt()).isEqualTo(1);
        assertError("/api/events?from=01/01/2025", 400, "from", "01/01/2025");
    }

    @Test
    void showsAnEventWithSourcesEvidenceAndHistory() throws Exception {
        JsonNode event = http.json("/api/events/" + broxtoweEvent());
        assertThat(event.path("event").path("date").asText()).isEqualTo("2025-01-02");
        assertThat(event.path("event").path("precision").asText()).isEqualTo("DAY");
        assertThat(event.path("event").path("count").asInt()).isEqualTo(20);
        assertThat(event.path("sources")).hasSize(2);
        assertThat(event.path("sources").get(0).path("evidence")).isNotEmpty();
        assertThat(event.path("history").toString()).contains("accept");
        assertError("/api/events/no-such-event", 404, "no-such-event");
    }

    @Test
    void findsPeopleAndParties() throws Exception {
        JsonNode people = http.json("/api/people?q=Radulovich&body=E07000172&at=2025-03-01");
        assertThat(people.path("items").get(0).path("name").asText()).isEqualTo("Milan Radulovic");
        assertThat(people.path("items").get(0).path("bloc").asText()).isEqualTo("Broxtowe Independents");
        assertThat(http.json("/api/people?at=2024-02-01&body=E07000172").path("total").asInt()).isEqualTo(44);
        assertError("/api/people?body=NOPE", 404, "NOPE");
        assertThat(http.json("/api/parties").toString()).contains("\"name\":\"Labour\"");
        assertThat(http.json("/api/search?q=lib%20dems").path("parties").get(0).path("name").asText())
                .isEqualTo("Liberal Democrats");
        assertError("/api/search?q=" + "x".repeat(201), 400, "too long");
        assertError("/api/bodies?q=" + "x".repeat(5000), 400, "too long");
    }

    @Test
    void unknownPathsAreJsonNotFound() throws Exception {
        assertError("/api/nothing-here", 404, "/api/nothing-here");
    }

    @Test
    void describesItselfInOpenApi() throws Exception {
        JsonNode openapi = http.json("/openapi.json");
        assertThat(openapi.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        openapi.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/bodies", "/api/bodies/{id}/composition", "/api/events", "/api/events/{id}",
                "/api/people", "/api/parties", "/feeds/events.atom", "/export/popolo.json",
                "/api/review/claims/{id}/{decision}");
    }

    @Test
    void publishesAtomFeedsOfAcceptedEvents() throws Exception {
        assertThat(entries("/feeds/events.atom")).isEqualTo(2);
        assertThat(entries("/feeds/bodies/E07000172.atom")).isEqualTo(1);
        assertThat(entries("/feeds/parties/Labour.atom")).isEqualTo(2);
        assertThat(entries("/feeds/parties/Reform%20UK.atom")).isZero();
        assertError("/feeds/bodies/NOPE.atom", 404, "NOPE");
    }

    private static int entries(String path) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                response.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.getElementsByTagName("updated").getLength()).isPositive();
        return feed.getElementsByTagName("entry").getLength();
    }

    @Test
    void exportsCsv() throws Exception {
        HttpResponse<String> composition = http.get("/export/bodies/E07000172/composition.csv?at=2025-01-02");
        assertThat(composition.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(composition.body()).startsWith("body_id,body_name,date,bloc,seats")
                .contains("E07000172,Broxtowe Borough Council,2025-01-02,Broxtowe Independents,20,44,false");
        String events = http.get("/export/events.csv").body();
        assertThat(events.split("\r\n")).hasSize(3);
        assertThat(events).contains("Milan Radulovic");
        assertError("/export/bodies/E07000172/composition.csv?at=2025-02-30", 400, "2025-02-30");
    }

    @Test
    void exportsPopoloWithMembershipsThatEndAndStartOnTheDayOfTheMove() throws Exception {
        JsonNode popolo = http.json("/export/bodies/E07000172/popolo.json");
        List<String> radulovic = new ArrayList<>();
        for (JsonNode m : popolo.path("memberships")) {
            if (m.path("person_id").asText().equals("person:E07000172:milan-radulovic")) {
                radulovic.add(m.path("on_behalf_of_id").asText() + " " + m.path("start_date").asText() + " "
                        + m.path("end_date").asText());
            }
        }
        assertThat(radulovic).anyMatch(m -> m.startsWith("bloc:labour ") && m.endsWith(" 2025-01-02"));
        assertThat(radulovic).anyMatch(m -> m.startsWith("bloc:broxtowe-independents 2025-01-02"));
        PopoloShape.assertValid(popolo);
        assertError("/export/bodies/NOPE/popolo.json", 404, "NOPE");
    }

    @Test
    void servesPagesAndHtmlErrors() throws Exception {
        assertThat(http.get("/").body()).contains("Broxtowe Borough Council").contains("Pendle Borough Council");
        assertThat(http.get("/?party=Broxtowe%20Independents").body()).contains("involving Broxtowe Independents")
                .doesNotContain("Pendle Borough Council");
        assertThat(http.get("/?from=2025-99-01").statusCode()).isEqualTo(400);
        assertThat(http.get("/bodies/E07000172?at=2025-01-02").body()).contains("Broxtowe Independents");
        assertThat(http.get("/events/" + broxtoweEvent()).body()).contains("<mark>");
        assertThat(http.get("/search?q=pendel").body()).contains("Pendle Borough Council");
        HttpResponse<String> missing = http.get("/bodies/NOPE");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("unknown body: NOPE").contains("<html");
        assertThat(http.get("/bodies/E07000172?at=never").statusCode()).isEqualTo(400);
        assertThat(http.get("/").headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'");
    }
}
