package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.floorcross.news.Article;
import org.junit.jupiter.api.Test;

/** Classes of reporting found on unseen text, each read from invented sentences. */
class ReportingClassesTest {

    private final Extractor extractor = new Extractor(new FakeDirectory(), new FakeAnnotator());

    private List<ExtractedEvent> events(Extractor with, String text) {
        return with.extract(new Article("t", "test", null, LocalDate.of(2024, 5, 2), text)).events();
    }

    private static String reason(String sentence, int cue) {
        return Background.reason(sentence, CueFinder.find(sentence).get(cue), 2024);
    }

    @Test
    void countsTheMoverAndTheCompanyTheyLeaveWith() {
        assertThat(Counts.withCompany("She said that she and 11 colleagues had quit.")).contains(12);
        assertThat(Counts.withCompany("The leader has left the party along with nine colleagues.")).contains(10);
    }

    @Test
    void countsAFigureAfterAnotherNumberAndAnAbsoluteSubject() {
        String every = "Every one of the party's 17 councillors has left.";
        assertThat(Counts.stated(every, every.indexOf("has left"))).contains(17);
        String with = "The group has split, with twelve councillors walking out of the party.";
        assertThat(Counts.stated(with, with.indexOf("walking"))).contains(12);
    }

    @Test
    void endingAMembershipLeavesThePartyNamedOrInContext() {
        assertThat(events(extractor, "Alderbrook Borough Council member Ida Moss has ended her Labour membership."))
                .singleElement().satisfies(e -> {
                    assertThat(e.from()).isEqualTo("Labour");
                    assertThat(e.to()).isEqualTo("Independent");
                });
    }

    @Test
    void aDeedDoneAndItsConsequenceAreNotAHypothesis() {
        assertThat(reason("She said they had resigned from Labour and would now sit as independents.", 1)).isNull();
        assertThat(reason("They would sit as independents if the party let them.", 0)).isNotNull();
    }

    @Test
    void narrativeAndGeneralStatementsAreBackground() {
        assertThat(reason("They were elected for Labour but later left the party.", 0)).isNotNull();
        assertThat(reason("He said that joining the Greens was the only way forward.", 0)).isNotNull();
    }

    @Test
    void leavingAPartyOverItsGovernmentIsNotARoleResignation() {
        assertThat(reason("Ten councillors are walking out of the party over the record of the Prime Minister's "
                + "government.", 0)).isNull();
        assertThat(reason("She resigned from the government.", 0)).isNotNull();
    }

    @Test
    void aSittingCouncillorWithAFormerTitleIsARepresentative() {
        assertThat(reason("Ida Moss, a former MSP who now represents Mill ward on the council, has joined the SNP.", 0))
                .isNull();
        assertThat(reason("The candidate who polled best has joined the SNP.", 0)).isNotNull();
    }

    @Test
    void aNameTheNerCallsAnOrganisationInAListOfPeopleIsAPerson() {
        String text = "Ann Lee, Bob Marr and Cy Dunn quit.";
        Sentence s = new Sentence(0, 0, text.length(), text);
        List<Mention> mentions = List.of(new Mention("PERSON", 0, 7, "Ann Lee", null),
                new Mention("ORGANIZATION", 9, 17, "Bob Marr", null), new Mention("PERSON", 22, 29, "Cy Dunn", null));
        assertThat(ListedNames.complete(s, mentions)).extracting(Mention::type)
                .containsExactly("PERSON", "PERSON", "PERSON");
    }

    @Test
    void aParliamentNamedAfterACouncillorsMoveIsInPassing() {
        assertThat(events(extractor, "An Alderbrook Borough Council councillor has quit Labour and may stand at "
                + "Holyrood next year.")).extracting(ExtractedEvent::body).containsExactly("Alderbrook Borough Council");
    }

    @Test
    void aPlaceWithAPartyWordAfterItNamesTheCouncil() {
        Annotator places = (sentence, published) -> {
            List<Mention> found = new ArrayList<>(new FakeAnnotator().annotate(sentence, published));
            int at = sentence.text().indexOf("Alderbrook Tories");
            if (at >= 0) {
                found.add(new Mention("ORGANIZATION", sentence.start() + at, sentence.start() + at + 17,
                        "Alderbrook Tories", null));
            }
            return found;
        };
        Extractor with = new Extractor(new FakeDirectory(), places);
        assertThat(events(with, "Three Alderbrook Tories quit party.\nThree councillors have resigned from the "
                + "Conservative Party.")).extracting(ExtractedEvent::body).containsExactly("Alderbrook Borough Council");
    }

    @Test
    void joinersWhoHadBeenSittingAsIndependentsComeFromIndependent() {
        assertThat(events(extractor, "Four Alderbrook Borough Council members have joined Reform UK.\n"
                + "All four had been sitting as independents. They were elected as Conservatives but later left the "
                + "party.")).singleElement().satisfies(e -> {
                    assertThat(e.from()).isEqualTo("Independent");
                    assertThat(e.to()).isEqualTo("Reform UK");
                });
    }

    @Test
    void countsTheOneNamedBeforeTheOthers() {
        String text = "The leader of the council and nine other councillors have resigned from Labour.";
        assertThat(Counts.stated(text, text.indexOf("have resigned"))).contains(10);
    }

    @Test
    void aCouncillorDescribedElsewhereJoinsWhenTheRosterSeatsThemInThePartyLeft() {
        assertThat(events(extractor, "Ten Alderbrook Borough Council members have resigned from Labour.\n"
                + "The decision was taken on Sunday.\n"
                + "Wendy Okafor, a Mill ward councillor, said residents deserved better."))
                .singleElement().extracting(ExtractedEvent::people).isEqualTo(List.of("Wendy Okafor"));
    }

    @Test
    void aMoverWhoSitsOnSeveralCouncilsMovesOnEach() {
        assertThat(events(extractor, "An Alderbrook Borough Council member has joined the Greens.\n"
                + "Ida Moss sits on Alderbrook Borough Council and Marshshire County Council."))
                .extracting(ExtractedEvent::body, ExtractedEvent::count, ExtractedEvent::people).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Alderbrook Borough Council", 1, List.of("Ida Moss")),
                        org.assertj.core.groups.Tuple.tuple("Marshshire County Council", 1, List.of("Ida Moss")));
    }

    @Test
    void aLoneMoverLeavingOnBothBodiesIsNamedOnBoth() {
        assertThat(events(extractor, "Ida Moss has left the Conservatives and will sit as an independent on both "
                + "Alderbrook Borough Council and Marshshire County Council."))
                .extracting(ExtractedEvent::people).containsExactly(List.of("Ida Moss"), List.of("Ida Moss"));
    }

    @Test
    void aBareWeekdayIsTheLatestOneBeforePublication() {
        LocalDate friday = LocalDate.of(2025, 1, 3);
        assertThat(Dates.pastWeekday("Thursday", "2025-01-09", friday)).isEqualTo("2025-01-02");
        assertThat(Dates.pastWeekday("on Thursday evening", "2025-01-02", friday)).isEqualTo("2025-01-02");
        assertThat(Dates.pastWeekday("next Thursday", "2025-01-09", friday)).isEqualTo("2025-01-09");
    }

    @Test
    void aGroupFormedUnderItsOwnNameIsTheGroupOfIndependents() {
        assertThat(events(extractor, "Nine Alderbrook Borough Council members have quit the Conservatives and formed "
                + "the Vale Independents group.")).singleElement().satisfies(e -> {
                    assertThat(e.to()).isEqualTo("Independent");
                    assertThat(e.group()).isEqualTo("Vale Independents");
                    assertThat(e.count()).isEqualTo(9);
                });
    }

    @Test
    void aGroupNamedInAppositionAfterANewOutfitIsTheGroup() {
        assertThat(events(extractor, "Every one of the party's nine Alderbrook Borough Council members has left UKIP "
                + "to form a new local outfit, Vale First.")).singleElement().satisfies(e -> {
                    assertThat(e.group()).isEqualTo("Vale First");
                    assertThat(e.count()).isEqualTo(9);
                });
    }
}
