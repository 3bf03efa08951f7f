package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class DemoDataIT {
    @Test
    void smoke() throws Exception {
        try (DemoData demo = DemoData.start()) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[] {"/api/events", "/api/bodies/E07000172/composition?at=2025-01-03",
                "/api/review/claims", "/export/bodies/E07000172/popolo.json"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(demo.url(path))).build(),
                        HttpResponse.BodyHandlers.ofString());
                System.out.println(path + " " + r.statusCode() + " " + r.body().substring(0, Math.min(3000, r.body().length())));
            }
            System.out.println(demo.review.events());
            assertThat(demo.review.events()).isNotEmpty();
        }
    }
}
