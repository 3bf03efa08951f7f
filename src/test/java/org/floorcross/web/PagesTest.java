package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Pages render what the records hold, escape every piece of text, and put the CSRF token in every form. */
class PagesTest {

    private final FakeRecords records = DemoFixture.records();

    @Test
    void escapesABodyNameAndMemberWithAScriptTag() {
        String html = BodyPage.render(records.state(DemoFixture.HOSTILE, LocalDate.of(2025, 1, 1)),
                records.timeline(DemoFixture.HOSTILE));
        assertThat(html).doesNotContain("<script>alert").contains("Nowhere &lt;script&gt;alert(")
                .contains("Eve &lt;script&gt;");
    }

    @Test
    void highlightsEvidenceAndEscapesTheSourceText() {
        String html = EventPage.render(records.requireEvent(DemoFixture.BROXTOWE_EVENT));
        assertThat(html).contains("<mark>Twenty Labour councillors").contains("<mark>&lt;script&gt;")
                .doesNotContain("<script>alert").contains("2 January 2025").contains("Broxtowe Independents");
    }

    @Test
    void everyReviewFormCarriesTheCsrfToken() {
        String html = ReviewPage.render("ann", records.pending(), "TOKEN123");
        int forms = html.split("<form", -1).length - 1;
        int tokens = html.split("name=\"csrf\" value=\"TOKEN123\"", -1).length - 1;
        assertThat(forms).isEqualTo(5);
        assertThat(tokens).isEqualTo(forms - 1);
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<i>headline");
    }

    @Test
    void showsControlAndSeatsNeeded() {
        String html = BodyPage.render(records.state(DemoFixture.BROXTOWE, LocalDate.of(2025, 1, 2)),
                records.timeline(DemoFixture.BROXTOWE));
        assertThat(html).contains("No overall control; largest bloc Broxtowe Independents with 20 of 44, 3 short")
                .contains("23 seats needed for a majority");
    }

    @Test
    void saysHowPreciseADateIs() {
        assertThat(Layout.date(LocalDate.of(2024, 11, 1), "MONTH")).isEqualTo("November 2024");
        assertThat(Layout.date(LocalDate.of(2024, 11, 15), "APPROXIMATE")).isEqualTo("about November 2024");
        assertThat(Layout.date(LocalDate.of(2025, 1, 2), "DAY")).isEqualTo("2 January 2025");
    }
}
