package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor-only endpoints: 401 without a login, 403 for a forged form, decisions once logged in. */
class ReviewIT {

    private static DemoData demo;
    private static String doubtful;

    @BeforeAll
    static void start() throws Exception {
        demo = DemoData.start();
        doubtful = String.valueOf(demo.review.pending().get(0).id());
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static String status() {
        return demo.review.findEvent(Long.parseLong(doubtful)).orElseThrow().status().name();
    }

    private static Http loggedIn() throws Exception {
        Http http = new Http(demo.url(""));
        HttpResponse<String> login = http.post("/login", Map.of("user", DemoData.EDITOR,
                "password", DemoData.PASSWORD, "next", "/review", "csrf", http.csrf()), null);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue("/review");
        return http;
    }

    @Test
    void refusesEditorEndpointsWithoutALogin() throws Exception {
        Http anonymous = new Http(demo.url(""));
        assertThat(anonymous.get("/api/review/claims").statusCode()).isEqualTo(401);
        HttpResponse<String> post = anonymous.post("/api/review/claims/" + doubtful + "/accept",
                Map.of("why", "sure"), anonymous.csrf());
        assertThat(post.statusCode()).isEqualTo(401);
        assertThat(Http.parse(post).path("error").asText()).contains("log in");
        HttpResponse<String> page = anonymous.get("/review");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).startsWith("/login");
    }

    @Test
    void rejectsWrongPasswordsAndForgedLoginForms() throws Exception {
        Http http = new Http(demo.url(""));
        String csrf = http.csrf();
        assertThat(http.post("/login", Map.of("user", DemoData.EDITOR, "password", "guess", "csrf", csrf), null)
                .statusCode()).isEqualTo(401);
        Http other = new Http(demo.url(""));
        assertThat(other.post("/login", Map.of("user", DemoData.EDITOR, "password", DemoData.PASSWORD,
                "csrf", csrf), null).statusCode()).as("a token from another session").isEqualTo(403);
        assertThat(other.post("/login", Map.of("user", DemoData.EDITOR, "password", DemoData.PASSWORD), null)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void rejectsAForgedDecisionFromALoggedInEditor() throws Exception {
        Http editor = loggedIn();
        String id = doubtful;
        String before = status();
        assertThat(editor.post("/review/" + id + "/accept", Map.of("why", "x"), null).statusCode()).isEqualTo(403);
        assertThat(editor.post("/review/" + id + "/accept", Map.of("why", "x", "csrf", "forged"), null)
                .statusCode()).isEqualTo(403);
        assertThat(editor.post("/api/review/claims/" + id + "/reject", Map.of(), "forged").statusCode())
                .isEqualTo(403);
        assertThat(status()).isEqualTo(before);
    }

    @Test
    void anEditorEditsThenAcceptsAClaimAndTheHistoryKeepsIt() throws Exception {
        Http editor = loggedIn();
        JsonNode pending = editor.json("/api/review/claims");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).path("id").asText()).isEqualTo(doubtful);
        assertThat(pending.get(0).path("sources").get(0).path("text").asText()).contains("<script>");
        String id = pending.get(0).path("id").asText();
        String csrf = editor.csrf();
        HttpResponse<String> edited = editor.post("/api/review/claims/" + id + "/edit",
                Map.of("to", "Independent", "why", "the report says independent"), csrf);
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(Http.parse(edited).path("to").asText()).isEqualTo("Independent");
        HttpResponse<String> page = editor.get("/review");
        assertThat(page.body()).contains("Eve &lt;script&gt;").doesNotContain("<script>alert");
        HttpResponse<String> accepted = editor.post("/review/" + id + "/accept",
                Map.of("why", "checked with the council", "csrf", csrf), null);
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(demo.review.history(Long.parseLong(id))).extracting(h -> h.by())
                .contains(DemoData.EDITOR);
        assertThat(editor.json("/api/review/claims")).isEmpty();
        assertThat(editor.post("/api/review/claims/999/accept", Map.of(), csrf).statusCode()).isEqualTo(404);
        assertThat(editor.post("/api/review/claims/" + id + "/approve", Map.of(), csrf).statusCode()).isEqualTo(404);
        assertThat(editor.post("/api/review/claims/" + id + "/edit", Map.of("count", "many"), csrf).statusCode())
                .isEqualTo(400);
    }

    @Test
    void loggingOutEndsTheSession() throws Exception {
        Http editor = loggedIn();
        assertThat(editor.post("/logout", Map.of("csrf", editor.csrf()), null).statusCode()).isEqualTo(302);
        assertThat(editor.get("/api/review/claims").statusCode()).isEqualTo(401);
    }
}
