package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.floorcross.register.Roster;
import org.floorcross.register.Seat;
import org.floorcross.web.Records.BlocSeats;
import org.floorcross.web.Records.BodyRef;
import org.floorcross.web.Records.BodyState;
import org.floorcross.web.Records.Control;
import org.floorcross.web.Records.Member;
import org.junit.jupiter.api.Test;

class PeopleTest {

    private static final BodyRef PENDLE = new BodyRef("E07000122", "Pendle Borough Council", "DISTRICT", "England",
            List.of(), null, null);
    private static final BodyRef BURNLEY = new BodyRef("E07000117", "Burnley Borough Council", "DISTRICT", "England",
            List.of(), null, null);
    private static final LocalDate MAY_2023 = LocalDate.of(2023, 5, 4);
    private static final LocalDate MAY_2024 = LocalDate.of(2024, 5, 2);

    private final AtomicInteger rosterReads = new AtomicInteger();
    private final Set<String> bodiesWithEvents = new HashSet<>();
    private final Map<String, List<Roster>> rosters = Map.of(
            PENDLE.id(), List.of(roster(PENDLE, MAY_2023, "Asjad Mahmood", "Labour"),
                    roster(PENDLE, MAY_2024, "Yvonne Tennant", "Labour")),
            BURNLEY.id(), List.of(roster(BURNLEY, MAY_2023, "Alun Lewis", "Labour")));
    private final People people = new People(List.of(PENDLE, BURNLEY), id -> {
        rosterReads.incrementAndGet();
        return rosters.getOrDefault(id, List.of());
    }, () -> Set.copyOf(bodiesWithEvents), PeopleTest::afterDefection);

    @Test
    void twoSearchesInTheSameRosterYearBuildTheRosterPeopleOnce() {
        Search search = new Search(new PeopleOnly(people));
        assertThat(search.find("Tennant", LocalDate.of(2024, 6, 1), 5).people()).extracting(Records.PersonRef::name)
                .containsExactly("Yvonne Tennant");
        int reads = rosterReads.get();
        assertThat(search.find("Tenant", LocalDate.of(2025, 1, 1), 5).people()).extracting(Records.PersonRef::name)
                .containsExactly("Yvonne Tennant");
        assertThat(people.rosterBuilds()).isEqualTo(1);
        assertThat(rosterReads.get()).isEqualTo(reads);
    }

    @Test
    void anEarlierRosterYearIsBuiltSeparately() {
        assertThat(people.at(LocalDate.of(2023, 6, 1))).extracting(Records.PersonRef::name)
                .containsExactly("Asjad Mahmood", "Alun Lewis");
        assertThat(people.at(LocalDate.of(2024, 6, 1))).extracting(Records.PersonRef::name)
                .containsExactly("Yvonne Tennant", "Alun Lewis");
        assertThat(people.at(LocalDate.of(2020, 1, 1))).isEmpty();
        assertThat(people.rosterBuilds()).isEqualTo(3);
    }

    @Test
    void findsThePersonOfANewlyAcceptedEventWithoutRebuildingTheRosters() {
        Search search = new Search(new PeopleOnly(people));
        LocalDate at = LocalDate.of(2024, 6, 1);
        assertThat(search.find("Burnley Defector", at, 5).people()).isEmpty();
        bodiesWithEvents.add(BURNLEY.id());
        assertThat(search.find("Burnley Defector", at, 5).people())
                .extracting(Records.PersonRef::name, Records.PersonRef::bloc)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Burnley Defector", "Independent"));
        assertThat(people.rosterBuilds()).isEqualTo(1);
    }

    private static BodyState afterDefection(String bodyId, LocalDate at) {
        return new BodyState(BURNLEY, at, 2, List.of(new BlocSeats("Labour", 1, List.of(new Member("Alun Lewis",
                "Gannow")), 0), new BlocSeats("Independent", 1, List.of(new Member("Burnley Defector", "Trinity")),
                0)), new Control(false, "Labour", 2), List.of());
    }

    private static Roster roster(BodyRef body, LocalDate effective, String member, String party) {
        return new Roster(body.id(), effective, true, List.of(new Seat(member, "Ward", party, party),
                new Seat(null, "Empty Ward", null, null)), "test");
    }

    /** Records that know only people, for searching them. */
    private record PeopleOnly(People people) implements Records {
        @Override
        public List<BodyRef> bodies() {
            return List.of();
        }

        @Override
        public Optional<BodyRef> body(String id) {
            return Optional.empty();
        }

        @Override
        public BodyState state(String bodyId, LocalDate at) {
            throw new UnsupportedOperationException(bodyId);
        }

        @Override
        public List<TimelineItem> timeline(String bodyId) {
            return List.of();
        }

        @Override
        public List<EventView> events() {
            return List.of();
        }

        @Override
        public Optional<EventDetail> event(String id) {
            return Optional.empty();
        }

        @Override
        public List<PartyRef> parties() {
            return List.of();
        }

        @Override
        public Optional<PartyRef> findParty(String label) {
            return Optional.empty();
        }

        @Override
        public List<PersonRef> people(LocalDate at) {
            return people.at(at);
        }
    }
}
