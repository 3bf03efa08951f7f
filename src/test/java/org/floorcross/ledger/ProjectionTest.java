package org.floorcross.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.floorcross.ledger.Fixtures.BODY;
import static org.floorcross.ledger.Fixtures.day;
import static org.floorcross.ledger.Fixtures.defection;
import static org.floorcross.ledger.Fixtures.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    private static final Defection THREE_TO_GROUP = defection(day(3, 1),
            List.of("Cllr Milan Radulovic MBE", "Ann Baker", "Carl Dunn"), null, "Labour", "Independent",
            "Broxtowe Independents");

    @Test
    void baselineAloneGivesRosterComposition() {
        Composition c = Projection.at(BODY, timeline(), day(1, 1));

        assertThat(c.totalSeats()).isEqualTo(11);
        assertThat(c.seats("Labour")).isEqualTo(6);
        assertThat(c.baselineDate()).isEqualTo(Fixtures.ROSTER_DATE);
        assertThat(c.baselineSource()).isEqualTo("test roster 2023");
        assertThat(c.control().kind()).isEqualTo(Control.Kind.MAJORITY);
        assertThat(c.control().bloc()).isEqualTo("Labour");
        assertThat(c.control().seatsNeeded()).isEqualTo(6);
        assertThat(c.control().describe()).isEqualTo("Labour majority (6 seats; 6 needed)");
    }

    @Test
    void appliesDefectionToCompositionOnlyFromItsDate() {
        List<Projection.Entry> timeline = timeline(THREE_TO_GROUP);

        assertThat(Projection.at(BODY, timeline, day(2, 29)).seats("Labour")).isEqualTo(6);
        Composition after = Projection.at(BODY, timeline, day(3, 1));
        assertThat(after.seats("Labour")).isEqualTo(3);
        assertThat(after.seats("Broxtowe Independents")).isEqualTo(3);
        assertThat(after.blocs()).filteredOn(b -> b.name().equals("Broxtowe Independents")).singleElement()
                .satisfies(b -> assertThat(b.members()).containsExactly("Milan Radulovic", "Ann Baker", "Carl Dunn"));
        assertThat(after.flags()).isEmpty();
    }

    @Test
    void losingMajorityGivesNoOverallControlWithTiedLargestBlocs() {
        Control control = Projection.at(BODY, timeline(THREE_TO_GROUP), day(3, 2)).control();

        assertThat(control.kind()).isEqualTo(Control.Kind.NO_OVERALL_CONTROL);
        assertThat(control.bloc()).isEqualTo("Broxtowe Independents");
        assertThat(control.seats()).isEqualTo(3);
        assertThat(control.tiedWith()).containsExactly("Conservative", "Labour");
        assertThat(control.describe()).contains("tied with Conservative, Labour");
    }

    @Test
    void independentsAreNeverOneBloc() {
        Defection toPlainIndependent = defection(day(3, 1), List.of("Milan Radulovic", "Ann Baker", "Carl Dunn",
                "Eve Fisher"), null, "Labour", "Independent", null);

        Composition c = Projection.at(BODY, timeline(toPlainIndependent), day(3, 1));

        assertThat(c.seats("Independent")).isEqualTo(6);
        assertThat(c.control().kind()).isEqualTo(Control.Kind.NO_OVERALL_CONTROL);
        assertThat(c.control().bloc()).isEqualTo("Conservative");
        assertThat(c.control().seats()).isEqualTo(3);
    }

    @Test
    void namedGroupIsOneBlocAndCanHoldAMajority() {
        Defection six = defection(day(3, 1), List.of("Milan Radulovic", "Ann Baker", "Carl Dunn", "Eve Fisher",
                "Gail Hart", "Ian Jones"), 6, "Labour", null, "Broxtowe Independents");

        Control control = Projection.at(BODY, timeline(six), day(3, 1)).control();

        assertThat(control.kind()).isEqualTo(Control.Kind.MAJORITY);
        assertThat(control.bloc()).isEqualTo("Broxtowe Independents");
    }

    @Test
    void countOnlyEventMovesUnnamedSeats() {
        Defection two = defection(day(3, 1), List.of(), 2, "Conservative", "Reform UK", null);

        Composition c = Projection.at(BODY, timeline(two), day(3, 1));

        assertThat(c.seats("Conservative")).isEqualTo(1);
        assertThat(c.seats("Reform UK")).isEqualTo(2);
        assertThat(c.blocs()).filteredOn(b -> b.name().equals("Reform UK")).singleElement()
                .satisfies(b -> assertThat(b.unresolved()).isEqualTo(2));
        assertThat(c.unresolved()).singleElement().satisfies(u -> assertThat(u.count()).isEqualTo(2));
        assertThat(c.totalSeats()).isEqualTo(11);
    }

    @Test
    void namesWithLargerCountMoveNamedAndUnnamedSeats() {
        Defection fourOneNamed = defection(day(3, 1), List.of("Milan Radulovic"), 4, "Labour", "Independent", null);

        Composition c = Projection.at(BODY, timeline(fourOneNamed), day(3, 1));

        assertThat(c.seats("Labour")).isEqualTo(2);
        assertThat(c.seats("Independent")).isEqualTo(6);
        assertThat(c.blocs()).filteredOn(b -> b.name().equals("Independent")).singleElement()
                .satisfies(b -> assertThat(b.members()).contains("Milan Radulovic"));
        assertThat(c.unresolved()).singleElement().satisfies(u -> assertThat(u.count()).isEqualTo(3));
    }

    @Test
    void laterNamedEventResolvesEarlierCountInsteadOfMovingTwice() {
        Defection count = defection(day(3, 1), List.of(), 2, "Labour", "Green", null);
        Defection named = defection(day(3, 5), List.of("Eve Fisher"), null, "Labour", "Green", null);

        Composition c = Projection.at(BODY, timeline(count, named), day(3, 5));

        assertThat(c.seats("Labour")).isEqualTo(4);
        assertThat(c.seats("Green")).isEqualTo(2);
        assertThat(c.unresolved()).singleElement().satisfies(u -> assertThat(u.count()).isEqualTo(1));
    }

    @Test
    void flagsPersonNotOnBodyAndMovesNobody() {
        Defection stranger = defection(day(3, 1), List.of("Zed Unknown"), null, "Labour", "Green", null);

        Composition c = Projection.at(BODY, timeline(stranger), day(3, 1));

        assertThat(c.seats("Labour")).isEqualTo(6);
        assertThat(c.flags()).extracting(Flag::reason).containsExactly(Flag.Reason.PERSON_NOT_ON_BODY);
        assertThat(c.flags().getFirst().event()).isEqualTo(stranger);
    }

    @Test
    void flagsPersonAlreadyInTargetBlocAndDoesNotMoveThemAgain() {
        Defection withIqbal = defection(day(3, 1), List.of("Milan Radulovic", "Mohammed Iqbal"), null, "Labour",
                "Independent", null);

        Composition c = Projection.at(BODY, timeline(withIqbal), day(3, 1));

        assertThat(c.seats("Independent")).isEqualTo(3);
        assertThat(c.seats("Labour")).isEqualTo(5);
        assertThat(c.flags()).extracting(Flag::reason).containsExactly(Flag.Reason.ALREADY_IN_TARGET_BLOC);
    }

    @Test
    void flagsCountExceedingBlocAndMovesWhatIsThere() {
        Defection tooMany = defection(day(3, 1), List.of(), 5, "Conservative", "Reform UK", null);

        Composition c = Projection.at(BODY, timeline(tooMany), day(3, 1));

        assertThat(c.seats("Conservative")).isZero();
        assertThat(c.seats("Reform UK")).isEqualTo(3);
        assertThat(c.flags()).extracting(Flag::reason).containsExactly(Flag.Reason.COUNT_EXCEEDS_BLOC);
    }

    @Test
    void flagsAmbiguousNameAndNamedMemberOutsideFromBloc() {
        Defection ambiguous = defection(day(3, 1), List.of("M Iqbal", "Kate Lamb"), null, "Labour", "Green", null);
        List<Projection.Entry> timeline = timeline(ambiguous);
        timeline.set(0, new Projection.Entry(withExtraSeat("Mark Iqbal", "Labour"), true));

        Composition c = Projection.at(BODY, timeline, day(3, 1));

        assertThat(c.flags()).extracting(Flag::reason)
                .containsExactly(Flag.Reason.AMBIGUOUS_PERSON, Flag.Reason.NOT_IN_FROM_BLOC);
        assertThat(c.seats("Green")).isEqualTo(1);
        assertThat(c.seats("Conservative")).isEqualTo(2);
    }

    @Test
    void flagsEventsBeforeAnyBaseline() {
        Defection early = defection(LocalDate.of(2020, 1, 1), List.of(), 1, "Labour", "Green", null);

        Composition c = Projection.at(BODY, timeline(early), LocalDate.of(2021, 1, 1));

        assertThat(c.baselineDate()).isNull();
        assertThat(c.flags()).extracting(Flag::reason)
                .containsExactly(Flag.Reason.NO_BASELINE, Flag.Reason.COUNT_EXCEEDS_BLOC);
    }

    @Test
    void laterBaselineSupersedesEarlierEvents() {
        Baseline counts = Baseline.ofCounts(BODY, day(6, 1), DatePrecision.DAY, Map.of("Green", 7, "Labour", 4), 0,
                List.of(), "council website");

        Composition c = Projection.at(BODY, timeline(THREE_TO_GROUP, counts), day(7, 1));

        assertThat(c.seats("Green")).isEqualTo(7);
        assertThat(c.seats("Broxtowe Independents")).isZero();
        assertThat(c.baselineSource()).isEqualTo("council website");
        assertThat(c.control().bloc()).isEqualTo("Green");
        assertThat(c.control().majority()).isTrue();
    }

    @Test
    void suspensionSeatsMembersAsIndependentsUntilReinstated() {
        Suspension suspended = new Suspension(BODY, day(4, 1), DatePrecision.DAY, List.of(), List.of("Kate Lamb"),
                null, "Conservative");
        Reinstatement back = new Reinstatement(BODY, day(9, 1), DatePrecision.MONTH, List.of(), List.of("Kate Lamb"),
                null, "Conservative");
        List<Projection.Entry> timeline = timeline(suspended, back);

        assertThat(Projection.at(BODY, timeline, day(5, 1)).seats("Independent")).isEqualTo(3);
        assertThat(Projection.at(BODY, timeline, day(9, 1)).seats("Conservative")).isEqualTo(3);
        assertThat(Projection.at(BODY, timeline, day(9, 1)).flags()).isEmpty();
    }

    @Test
    void vacancyEmptiesSeatAndByElectionFillsIt() {
        Vacancy gone = new Vacancy(BODY, day(4, 1), DatePrecision.DAY, List.of(), "Olive Pratt", "Ward O");
        ByElection filled = new ByElection(BODY, day(6, 1), DatePrecision.DAY, List.of(), "ward o", "Sam Tate",
                "Green");
        List<Projection.Entry> timeline = timeline(gone, filled);

        Composition vacant = Projection.at(BODY, timeline, day(5, 1));
        assertThat(vacant.vacancies()).isEqualTo(1);
        assertThat(vacant.seats("Conservative")).isEqualTo(2);
        Composition after = Projection.at(BODY, timeline, day(6, 1));
        assertThat(after.vacancies()).isZero();
        assertThat(after.seats("Green")).isEqualTo(1);
    }

    @Test
    void flagsByElectionWithoutVacantSeat() {
        ByElection noSeat = new ByElection(BODY, day(6, 1), DatePrecision.DAY, List.of(), "Ward O", "Sam Tate",
                "Green");

        Composition c = Projection.at(BODY, timeline(noSeat), day(6, 1));

        assertThat(c.seats("Green")).isZero();
        assertThat(c.flags()).extracting(Flag::reason).containsExactly(Flag.Reason.NO_VACANT_SEAT);
    }

    @Test
    void sameDayEventsApplyInInsertionOrder() {
        Defection first = defection(day(3, 1), List.of("Ian Jones"), null, "Labour", "Green", null);
        Defection second = defection(day(3, 1), List.of("Ian Jones"), null, "Green", "Reform UK", null);

        Composition c = Projection.at(BODY, timeline(first, second), day(3, 1));

        assertThat(c.seats("Reform UK")).isEqualTo(1);
        assertThat(c.seats("Green")).isZero();
        assertThat(c.flags()).isEmpty();
    }

    @Test
    void diffBetweenTwoDatesShowsBlocChangesAndControl() {
        List<Projection.Entry> timeline = timeline(THREE_TO_GROUP);
        Composition before = Projection.at(BODY, timeline, day(1, 1));
        Composition after = Projection.at(BODY, timeline, day(12, 31));

        List<BlocChange> changes = Changes.between(before, after, true);

        assertThat(changes).contains(new BlocChange("Labour", 6, 3), new BlocChange("Broxtowe Independents", 0, 3),
                new BlocChange("Conservative", 3, 3));
        assertThat(changes).filteredOn(c -> c.bloc().equals("Labour")).singleElement()
                .satisfies(c -> assertThat(c.change()).isEqualTo(-3));
        assertThat(before.control().majority()).isTrue();
        assertThat(after.control().majority()).isFalse();
    }

    @Test
    void historyRecordsWhatEachStepChanged() {
        Defection stranger = defection(day(4, 1), List.of("Zed Unknown"), null, "Labour", "Green", null);

        List<HistoryEntry> history = Projection.history(BODY, timeline(THREE_TO_GROUP, stranger));

        assertThat(history).hasSize(3);
        assertThat(history.get(0).bundled()).isTrue();
        assertThat(history.get(0).changes()).contains(new BlocChange("Labour", 0, 6));
        assertThat(history.get(1).changes()).containsExactlyInAnyOrder(new BlocChange("Labour", 6, 3),
                new BlocChange("Broxtowe Independents", 0, 3));
        assertThat(history.get(1).controlBefore().majority()).isTrue();
        assertThat(history.get(1).after().control().majority()).isFalse();
        assertThat(history.get(2).changes()).isEmpty();
        assertThat(history.get(2).flags()).extracting(Flag::reason).containsExactly(Flag.Reason.PERSON_NOT_ON_BODY);
    }

    private static Baseline withExtraSeat(String member, String bloc) {
        List<org.floorcross.register.Seat> seats = new java.util.ArrayList<>(Fixtures.roster().seats());
        seats.add(new org.floorcross.register.Seat(member, "Ward X", bloc, bloc));
        return new Baseline(BODY, Fixtures.ROSTER_DATE, DatePrecision.APPROXIMATE, List.of(), seats, "test roster");
    }
}
