package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyFinderTest {

    private final BodyFinder finder = new BodyFinder(new FakeDirectory());

    @Test
    void resolvesNamedCouncilsAndBackReferences() {
        List<BodyMention> found = finder.find("Labour-run Alderbrook Borough Council met. Later the borough council "
                + "voted, and the county council objected.");
        assertThat(found).map(m -> m.ref().name()).containsExactly("Alderbrook Borough Council",
                "Alderbrook Borough Council", "Marshshire County Council");
    }

    @Test
    void keepsTheArticlesStyleForTownAndParishCouncils() {
        List<BodyMention> found = finder.find("She sits on Alderbrook Borough Council and Keston Town Council.");
        assertThat(found).map(m -> m.ref().name() + "|" + m.ref().id()).contains("Keston Town Council|E04999001");
    }

    @Test
    void mapsTitlesToParliaments() {
        assertThat(BodyFinder.parliamentName("MSP")).isEqualTo("Scottish Parliament");
        assertThat(BodyFinder.parliamentName("MS")).isEqualTo("Senedd Cymru");
        assertThat(BodyFinder.parliamentName("MLAs")).isEqualTo("Northern Ireland Assembly");
        assertThat(BodyFinder.parliamentName("MP")).isEqualTo("House of Commons");
    }

    @Test
    void resolvesATierNamedBeforeItsCouncil() {
        List<BodyMention> found = finder.find("A councillor on the borough council has quit. He sits for Mill on the "
                + "Borough Council of Alderbrook and for Heath on Marshshire County Council.");
        assertThat(found).map(m -> m.ref().name()).containsExactly("Alderbrook Borough Council",
                "Alderbrook Borough Council", "Marshshire County Council");
    }

    @Test
    void londonTheCityIsNotTheCityCorporation() {
        org.floorcross.register.Body city = new org.floorcross.register.Body("E09999999", "City of Testham Corporation",
                org.floorcross.register.BodyKind.CITY_CORPORATION, "England", null, null, null, List.of());
        assertThat(BodyFinder.capitalNotCity("London", city)).isTrue();
        assertThat(BodyFinder.capitalNotCity("City of London", city)).isFalse();
        assertThat(BodyFinder.capitalNotCity("London", FakeDirectory.ALDER)).isFalse();
    }

    @Test
    void namesATownCouncilAfterThePlaceNotTheParty() {
        List<BodyMention> found = finder.find("Four Labour town councillors in Keston have quit the party, and one of"
                + " them sits on Alderbrook Borough Council.");
        assertThat(found).map(m -> m.ref().name() + "|" + m.ref().id())
                .containsExactly("Keston Town Council|E04999001", "Alderbrook Borough Council|E07999001")
                .noneMatch(n -> n.startsWith("Labour"));
    }
}
