package org.floorcross.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.floorcross.news.Article;
import org.junit.jupiter.api.Test;

/**
 * Classes of report the extractor must read however an outlet words them (invented sentences, hand-made register,
 * stand-in for CoreNLP): roundups, destination parties, expulsions, movers named in subordinate clauses, and the
 * negatives that must stay clean.
 */
class GeneralisationTest {

    private final Extractor extractor = new Extractor(new FakeDirectory(), new FakeAnnotator());

    private ArticleExtraction extract(String text) {
        return extractor.extract(new Article("t", "test", null, LocalDate.of(2024, 5, 2), text));
    }

    @Test
    void aRoundupGivesEachCouncilItsOwnEventPeopleAndParty() {
        ArticleExtraction result = extract("Reform UK unveiled two new councillors on Monday.\n"
                + "Nina Hale, a Conservative on Alderbrook Borough Council, and Omar Reid, an independent on "
                + "Marshshire County Council, have both joined Reform UK.");
        assertThat(result.events()).extracting(ExtractedEvent::body, ExtractedEvent::from, ExtractedEvent::to,
                ExtractedEvent::count, ExtractedEvent::people).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Alderbrook Borough Council", "Conservative", "Reform UK", 1,
                        java.util.List.of("Nina Hale")),
                org.assertj.core.groups.Tuple.tuple("Marshshire County Council", "Independent", "Reform UK", 1,
                        java.util.List.of("Omar Reid")));
    }

    @Test
    void crossingTheFloorFromOnePartyToAnother() {
        ArticleExtraction result = extract("An Alderbrook Borough Council member, Tom Reyes, has crossed the floor "
                + "from Labour to Plaid Cymru.");
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo("Labour");
            assertThat(e.to()).isEqualTo("Plaid Cymru");
            assertThat(e.people()).containsExactly("Tom Reyes");
        });
    }

    @Test
    void anExpulsionIsADefectionToIndependent() {
        ArticleExtraction result = extract("Alderbrook Borough Council member Tom Reyes has been expelled from the "
                + "Labour group. He is now a non-aligned independent.");
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("defection");
            assertThat(e.from()).isEqualTo("Labour");
            assertThat(e.to()).isEqualTo("Independent");
        });
    }

    @Test
    void aMoverNamedBeforeReportedSpeechIsKept() {
        ArticleExtraction result = extract("Another Alderbrook Borough Council member has quit the Conservatives.\n"
                + "Councillor Ada Quist, who represents Mill ward, said she would now sit as an independent.");
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo("Conservative");
            assertThat(e.to()).isEqualTo("Independent");
            assertThat(e.people()).containsExactly("Ada Quist");
            assertThat(e.count()).isEqualTo(1);
        });
    }

    @Test
    void aSurnameLaterInTheArticleIsTheFullName() {
        ArticleExtraction result = extract("Tom Reyes has chaired the planning committee since March.\n"
                + "Cllr Reyes has now quit Labour and sits as an independent on Alderbrook Borough Council.");
        assertThat(result.events()).singleElement().extracting(ExtractedEvent::people)
                .isEqualTo(java.util.List.of("Tom Reyes"));
    }

    @Test
    void someoneWhoLeftEarlierJoinsFromIndependent() {
        ArticleExtraction result = extract("An Alderbrook Borough Council member who walked out of the "
                + "Conservatives last month has joined the Traditional Unionist Voice.");
        assertThat(result.events()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo("Independent");
            assertThat(e.to()).isEqualTo("TUV");
        });
    }

    @Test
    void aSuspensionOfSomeoneElseSurvivesBesideADefection() {
        ArticleExtraction result = extract("Two Alderbrook Borough Council members, Ann Lee and Bob Marr, have quit "
                + "the Conservatives to join Reform UK. A third, Dan Ode, has been suspended from the Conservative group.");
        assertThat(result.events()).extracting(ExtractedEvent::kind).containsExactly("defection", "suspension");
    }

    @Test
    void partyLeadersWelcomingADefectorAreNotMovers() {
        ArticleExtraction result = extract("Alderbrook Borough Council member Tom Reyes has joined Reform UK, "
                + "standing beside party leader Nigel Farage.");
        assertThat(result.events()).singleElement().extracting(ExtractedEvent::people)
                .isEqualTo(java.util.List.of("Tom Reyes"));
    }

    @Test
    void formerRepresentativesAndPeersAreNotEvents() {
        assertThat(extract("Jo Bright has joined Reform UK.\nMs Bright stood down as MP at the general election and "
                + "holds no elected office.").relevant()).isFalse();
        assertThat(extract("Lord Vane, a Conservative life peer, has joined Reform UK in the Commons tearoom.")
                .relevant()).isFalse();
    }

    @Test
    void frontBenchResignationsAreNotEvents() {
        assertThat(extract("Alderbrook MP Jo Bright has resigned from Labour's front bench over the vote.\n"
                + "She remains a Labour MP and none of the rebels has lost the whip.").relevant()).isFalse();
    }

    @Test
    void anEarlierMoveToldLaterInAnotherStoryIsBackground() {
        ArticleExtraction result = extract("Alderbrook Borough Council member Tom Reyes has joined the Greens.\n"
                + "He said the decision had been months in the making.\n"
                + "The council's budget is due next week.\n"
                + "Only last week Dan Ode left the Conservatives to sit as an independent.");
        assertThat(result.events()).singleElement().extracting(ExtractedEvent::to).isEqualTo("Green");
    }
}
