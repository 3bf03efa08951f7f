package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * The Popolo specification's constraints that an export must meet: persons and organizations have a name (required by
 * person.json and organization.json) and a unique id; memberships name a person and organizations that exist; dates
 * match the spec's pattern and a membership never ends before it starts.
 */
final class PopoloShape {

    private static final String DATE = "^[0-9]{4}(-[0-9]{2}){0,2}$";

    private PopoloShape() {
    }

    static void assertValid(JsonNode popolo) {
        Set<String> persons = ids(popolo.path("persons"));
        Set<String> organizations = ids(popolo.path("organizations"));
        assertThat(popolo.path("memberships").size()).isPositive();
        for (JsonNode m : popolo.path("memberships")) {
            assertThat(persons).contains(m.path("person_id").asText());
            assertThat(organizations).contains(m.path("organization_id").asText(), m.path("on_behalf_of_id").asText());
            String start = m.path("start_date").asText();
            assertThat(start).matches(DATE);
            if (m.hasNonNull("end_date")) {
                assertThat(m.path("end_date").asText()).matches(DATE).isGreaterThanOrEqualTo(start);
            }
        }
    }

    private static Set<String> ids(JsonNode items) {
        Set<String> ids = new HashSet<>();
        for (JsonNode item : items) {
            assertThat(item.path("name").asText()).isNotBlank();
            assertThat(ids.add(item.path("id").asText())).as("unique id " + item.path("id")).isTrue();
        }
        return ids;
    }
}
