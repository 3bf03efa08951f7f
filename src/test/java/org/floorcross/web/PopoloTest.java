package org.floorcross.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.floorcross.web.Popolo.Membership;
import org.junit.jupiter.api.Test;

class PopoloTest {

    private final FakeRecords records = DemoFixture.records();
    private final Popolo.Document popolo = Popolo.of(records,
            List.of(records.requireBody(DemoFixture.BROXTOWE)));

    @Test
    void endsOneMembershipAndStartsTheNextOnTheDayOfTheMove() {
        List<Membership> radulovic = popolo.memberships().stream()
                .filter(m -> m.person_id().equals("person:E07000172:milan-radulovic")).toList();
        assertThat(radulovic).extracting(Membership::on_behalf_of_id, Membership::start_date, Membership::end_date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bloc:labour", "2023-05-04", "2025-01-02"),
                        org.assertj.core.groups.Tuple.tuple("bloc:broxtowe-independents", "2025-01-02", null));
    }

    @Test
    void everyMembershipPointsAtAPersonAndOrganizationsThatExist() {
        Set<String> persons = popolo.persons().stream().map(Popolo.Person::id).collect(Collectors.toSet());
        Set<String> organizations = popolo.organizations().stream().map(Popolo.Organization::id)
                .collect(Collectors.toSet());
        assertThat(popolo.persons()).allSatisfy(p -> assertThat(p.name()).isNotBlank());
        assertThat(popolo.organizations()).allSatisfy(o -> assertThat(o.name()).isNotBlank());
        assertThat(popolo.memberships()).isNotEmpty().allSatisfy(m -> {
            assertThat(persons).contains(m.person_id());
            assertThat(organizations).contains(m.organization_id(), m.on_behalf_of_id());
            assertThat(m.start_date()).matches("^[0-9]{4}(-[0-9]{2}){0,2}$");
        });
    }

    @Test
    void dropsTitlesAndHonoursFromPersonIds() {
        assertThat(Popolo.personId("B", "Cllr Milan Radulovic MBE")).isEqualTo(Popolo.personId("B", "Milan Radulovic"));
    }
}
