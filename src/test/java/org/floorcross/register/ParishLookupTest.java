package org.floorcross.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParishLookupTest {

    private static final String PENDLE = "E07000122";
    private final Register register = Register.bundled();

    @Test
    void findsBrierfieldTownCouncilNearPendle() {
        assertThat(register.matchBodyNear("Brierfield Town Council", PENDLE))
                .isEqualTo(new BodyMatch.Found(register.body("E04005228").orElseThrow()));
    }

    @Test
    void findsNelsonTownCouncilNearPendleThoughAnotherNelsonExists() {
        assertThat(register.matchBody("Nelson Town Council")).isInstanceOf(BodyMatch.Ambiguous.class);
        BodyMatch near = register.matchBodyNear("Nelson Town Council", PENDLE);
        assertThat(near).isInstanceOf(BodyMatch.Found.class);
        assertThat(((BodyMatch.Found) near).body().id()).isEqualTo("E04005233");
    }

    @Test
    void findsAParishNearItsCounty() {
        BodyMatch near = register.matchBodyNear("Nelson", "E10000017");
        assertThat(near).isInstanceOf(BodyMatch.Found.class);
        assertThat(((BodyMatch.Found) near).body().id()).isEqualTo("E04005233");
    }

    @Test
    void parishesHangUnderTheirDistrict() {
        assertThat(register.parishesOf(PENDLE)).hasSize(19).extracting(Body::id).contains("E04005228", "E04005233");
        Body nelson = register.body("E04005233").orElseThrow();
        assertThat(nelson.kind()).isEqualTo(BodyKind.TOWN_OR_PARISH);
        assertThat(nelson.name()).isEqualTo("Nelson Parish Council");
        assertThat(nelson.altNames()).contains("Nelson Town Council");
    }

    @Test
    void parishesOfMergedDistrictsMoveToTheSuccessor() {
        assertThat(register.parishesOf("E06000061")).isNotEmpty();
        assertThat(register.parishesOf("E07000150")).isEmpty();
    }

    @Test
    void welshCommunitiesAreCommunityCouncils() {
        Body nelson = register.body("W04000739").orElseThrow();
        assertThat(nelson.name()).isEqualTo("Nelson Community Council");
        assertThat(nelson.nation()).isEqualTo("Wales");
    }
}
