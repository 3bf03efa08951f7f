package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorIT {

    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();

    private static List<Mention> annotate(String text, String published) {
        return ANNOTATOR.annotate(new Sentence(0, 0, text.length(), text), LocalDate.parse(published));
    }

    @Test
    void readsADayGivenWithATimeOfDayAsADate() {
        List<Mention> mentions = annotate("Nick Kemp, who stood down as leader in September, resigned from Labour on "
                + "Tuesday evening.", "2024-11-06");

        assertThat(mentions).filteredOn(m -> m.type().equals("DATE")).extracting(Mention::normalized)
                .containsExactly("2024-09", "2024-11-05");
    }

    @Test
    void findsPeopleWithTheThreeClassModel() {
        List<Mention> mentions = annotate("Councillor Yvonne Tennant left the party.", "2024-04-01");

        assertThat(mentions).filteredOn(m -> m.type().equals("PERSON")).extracting(Mention::text)
                .containsExactly("Yvonne Tennant");
    }
}
