package org.floorcross.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.floorcross.web.Records.BlocSeats;
import org.floorcross.web.Records.BodyRef;
import org.floorcross.web.Records.BodyState;
import org.floorcross.web.Records.Member;
import org.floorcross.web.Records.TimelineItem;

/**
 * Popolo JSON (persons, organizations, memberships) built from a body's compositions at each date its timeline
 * changes: a membership on behalf of a bloc starts when a person first sits for it and ends when they stop.
 */
final class Popolo {

    record Person(String id, String name) {}

    record Organization(String id, String name, String classification, String parent_id) {}

    record Membership(String id, String person_id, String organization_id, String on_behalf_of_id, String label,
                      String role, String start_date, String end_date) {}

    record Document(List<Person> persons, List<Organization> organizations, List<Membership> memberships) {}

    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final List<Membership> memberships = new ArrayList<>();

    static Document of(Records records, List<BodyRef> bodies) {
        Popolo popolo = new Popolo();
        for (BodyRef body : bodies) {
            popolo.add(records, body);
        }
        return new Document(List.copyOf(popolo.persons.values()), List.copyOf(popolo.organizations.values()),
                List.copyOf(popolo.memberships));
    }

    private void add(Records records, BodyRef body) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (TimelineItem item : records.timeline(body.id())) {
            dates.add(item.date());
        }
        organizations.put(body.id(), new Organization(body.id(), body.name(),
                "PARLIAMENT".equals(body.kind()) ? "legislature" : "council", null));
        Map<List<String>, String[]> open = new LinkedHashMap<>();
        for (LocalDate date : dates) {
            BodyState state = records.state(body.id(), date);
            Map<List<String>, String[]> now = sitting(body, state);
            open.entrySet().removeIf(entry -> {
                if (!now.containsKey(entry.getKey())) {
                    close(body, entry.getKey(), entry.getValue(), date);
                    return true;
                }
                return false;
            });
            now.forEach((key, value) -> open.computeIfAbsent(key, k -> new String[] {value[0], date.toString()}));
        }
        LocalDate end = body.end();
        open.forEach((key, value) -> close(body, key, value, end));
    }

    /** (person id, bloc id) to {ward, start} for everyone named on the body in this state. */
    private Map<List<String>, String[]> sitting(BodyRef body, BodyState state) {
        Map<List<String>, String[]> sitting = new LinkedHashMap<>();
        for (BlocSeats bloc : state.blocs()) {
            String blocId = "bloc:" + slug(bloc.bloc());
            organizations.putIfAbsent(blocId, new Organization(blocId, bloc.bloc(), "party", null));
            for (Member member : bloc.members()) {
                String personId = personId(body.id(), member.name());
                persons.putIfAbsent(personId, new Person(personId, member.name()));
                sitting.put(List.of(personId, blocId), new String[] {member.ward(), null});
            }
        }
        return sitting;
    }

    private void close(BodyRef body, List<String> key, String[] value, LocalDate end) {
        String ward = value[0];
        memberships.add(new Membership("membership:" + (memberships.size() + 1), key.get(0), body.id(), key.get(1),
                ward == null ? null : "Councillor for " + ward, "member", value[1],
                end == null ? null : end.toString()));
    }

    private static final java.util.regex.Pattern HONOURS = java.util.regex.Pattern.compile(
            "^(cllr|councillor|coun|dr|mr|mrs|ms|miss|sir|dame|lord|lady|rev|prof) |"
                    + " (mbe|obe|cbe|bem|jp|dl|kc|qc|mp|ms|msp|mla|frsa|phd)$");

    /** A person's id within a body: the name without titles and honours, so rosters that add an MBE agree. */
    static String personId(String bodyId, String name) {
        String plain = Fuzzy.normalize(name);
        String previous;
        do {
            previous = plain;
            plain = HONOURS.matcher(plain).replaceAll("").strip();
        } while (!plain.equals(previous));
        return "person:" + bodyId + ":" + plain.replace(' ', '-');
    }

    static String slug(String text) {
        return Fuzzy.normalize(text).replace(' ', '-');
    }
}
