package org.floorcross.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BodyLookupTest {

    private final Register register = Register.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"E07000122", "e07000122", "Pendle Borough Council", "Pendle", "Pendle Council",
        "pendle borough council", "the Pendle council", "Borough of Pendle", "PENDLE BOROUGH COUNCIL."})
    void findsPendleByEveryForm(String query) {
        assertThat(register.findBody(query)).map(Body::id).contains("E07000122");
    }

    @ParameterizedTest
    @CsvSource({"Broxtowe District Council,E07000172", "Broxtowe Council,E07000172", "the Broxtowe council,E07000172",
        "Lancaster City Council,E07000121", "Nottinghamshire County Council,E10000024",
        "Nottinghamshire,E10000024", "Derbyshire,E10000007", "Derbyshire Council,E10000007",
        "Derbyshire Dales,E07000035", "Blackburn with Darwen Borough Council,E06000008",
        "Blackburn with Darwen,E06000008", "Hastings Borough Council,E07000062", "Newcastle Council,"})
    void findsCouncilsByCommonForms(String query, String id) {
        if (id == null) {
            assertThat(register.matchBody(query)).isInstanceOf(BodyMatch.Ambiguous.class);
        } else {
            assertThat(register.findBody(query)).map(Body::id).contains(id);
        }
    }

    @Test
    void kingstonAloneIsAmbiguous() {
        BodyMatch match = register.matchBody("Kingston");
        assertThat(match).isInstanceOf(BodyMatch.Ambiguous.class);
        assertThat(((BodyMatch.Ambiguous) match).candidates()).extracting(Body::id)
                .containsExactlyInAnyOrder("E06000010", "E09000021");
    }

    @Test
    void pendleSitsInLancashire() {
        Body pendle = register.requireBody("Pendle");
        assertThat(pendle.kind()).isEqualTo(BodyKind.DISTRICT);
        assertThat(pendle.parentId()).isEqualTo("E10000017");
        assertThat(pendle.end()).isNull();
    }

    @Test
    void plainNewcastleIsAmbiguousBetweenTheTwoCurrentCouncils() {
        BodyMatch match = register.matchBody("Newcastle");
        assertThat(match).isInstanceOf(BodyMatch.Ambiguous.class);
        assertThat(((BodyMatch.Ambiguous) match).candidates()).extracting(Body::id)
                .containsExactlyInAnyOrder("E08000021", "E07000195");
    }

    @Test
    void fullNewcastleNamesAreNotAmbiguous() {
        assertThat(register.findBody("Newcastle City Council")).map(Body::id).contains("E08000021");
        assertThat(register.findBody("Newcastle upon Tyne")).map(Body::id).contains("E08000021");
        assertThat(register.findBody("Newcastle-under-Lyme Borough Council")).map(Body::id).contains("E07000195");
    }

    @Test
    void requireBodyListsCandidatesWhenAmbiguous() {
        assertThatThrownBy(() -> register.requireBody("Newcastle"))
                .isInstanceOf(BodyLookupException.class)
                .hasMessageContaining("Newcastle City Council (E08000021)")
                .hasMessageContaining("Newcastle-under-Lyme Borough Council (E07000195)");
    }

    @Test
    void unknownNameIsNotFoundWithCloseSuggestions() {
        BodyMatch match = register.matchBody("Pendel Borough Council");
        assertThat(match).isInstanceOf(BodyMatch.NotFound.class);
        assertThat(((BodyMatch.NotFound) match).suggestions()).hasSizeLessThanOrEqualTo(5)
                .extracting(Body::id).contains("E07000122");
        assertThatThrownBy(() -> register.requireBody("Pendel Borough Council"))
                .isInstanceOf(BodyLookupException.class).hasMessageContaining("Pendle Borough Council");
    }

    @Test
    void currentBodyWinsOverTheFormerOneOfTheSameName() {
        assertThat(register.findBody("Buckinghamshire")).map(Body::id).contains("E06000060");
        assertThat(register.findBody("Somerset")).map(Body::id).contains("E06000066");
    }

    @Test
    void abolishedNorthamptonshireDistrictHasAnEndDate() {
        Body corby = register.requireBody("Corby Borough Council");
        assertThat(corby.end()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(corby.existsOn(LocalDate.of(2021, 4, 1))).isFalse();
        assertThat(corby.parentId()).isEqualTo("E10000021");
        assertThat(register.requireBody("Northamptonshire County Council").end()).isNotNull();
    }

    @Test
    void findsTheFourParliamentsBySlugAndName() {
        assertThat(register.requireBody("house-of-commons").name()).isEqualTo("House of Commons");
        assertThat(register.requireBody("Scottish Parliament").id()).isEqualTo("scottish-parliament");
        assertThat(register.requireBody("Welsh Parliament").name()).isEqualTo("Senedd Cymru");
        assertThat(register.requireBody("Senedd").id()).isEqualTo("senedd");
        assertThat(register.requireBody("Northern Ireland Assembly").id()).isEqualTo("ni-assembly");
    }

    @Test
    void searchFiltersByExistenceOnTheDate() {
        assertThat(register.search("northamptonshire", null)).extracting(Body::id)
                .contains("E10000021", "E06000061");
        assertThat(register.search("northamptonshire", LocalDate.of(2024, 1, 1))).extracting(Body::id)
                .contains("E06000061").doesNotContain("E10000021");
    }
}
