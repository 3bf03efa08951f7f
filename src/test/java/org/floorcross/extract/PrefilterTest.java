package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefilterTest {

    private final Prefilter prefilter = Prefilter.standard();

    @Test
    void acceptsAllegianceVocabularyNearARepresentative() {
        assertThat(prefilter.accepts("Two councillors have quit the party.")).isTrue();
        assertThat(prefilter.accepts("The MP crossed the floor on Tuesday.")).isTrue();
        assertThat(prefilter.accepts("Cllr Smith had the WHIP withdrawn.")).isTrue();
        assertThat(prefilter.accepts("She will sit as an independent member of the Senedd.")).isTrue();
    }

    @Test
    void rejectsTextWithoutBothVocabularies() {
        assertThat(prefilter.accepts("The weather in Leeds was mild and dry all week.")).isFalse();
        assertThat(prefilter.accepts("The council approved its budget for the coming year.")).isFalse();
        assertThat(prefilter.accepts("He quit his job at the bakery.")).isFalse();
    }

    @Test
    void shortTitlesNeedWordBoundaries() {
        assertThat(prefilter.accepts("The items were suspended from the ceiling.")).isFalse();
        assertThat(prefilter.accepts("The MS was suspended.")).isTrue();
    }

    @Test
    void acceptsSittingWithAnotherGroup() {
        assertThat(prefilter.accepts("Cllr Ode now sits with the Plaid Cymru group.")).isTrue();
    }
}
