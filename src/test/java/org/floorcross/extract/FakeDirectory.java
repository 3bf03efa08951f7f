package org.floorcross.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.floorcross.register.Body;
import org.floorcross.register.BodyKind;
import org.floorcross.register.Membership;
import org.floorcross.register.Roster;
import org.floorcross.register.Seat;

/** A small hand-made register for rule tests: a few invented councils, one parish, the Commons, one councillor. */
final class FakeDirectory implements Directory {

    static final Body ALDER = body("E07999001", "Alderbrook Borough Council", BodyKind.DISTRICT, "E10999001");
    static final Body MARSH = body("E10999001", "Marshshire County Council", BodyKind.COUNTY, null);
    static final Body KESTON = body("E04999001", "Keston Parish Council", BodyKind.TOWN_OR_PARISH, "E07999001");
    static final Body COMMONS = body("house-of-commons", "House of Commons", BodyKind.PARLIAMENT, null);

    private static final Map<String, Body> NAMES = Map.of("alderbrook borough council", ALDER,
            "alderbrook", ALDER, "alderbrook council", ALDER, "marshshire county council", MARSH,
            "marshshire", MARSH, "e10999001", MARSH, "keston town council", KESTON, "house of commons", COMMONS);

    private static Body body(String id, String name, BodyKind kind, String parent) {
        return new Body(id, name, kind, "England", parent, null, null, List.of());
    }

    @Override
    public Optional<Body> body(String name) {
        return Optional.ofNullable(NAMES.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<Body> bodyNear(String name, String nearBodyId) {
        return body(name);
    }

    @Override
    public Optional<String> party(String label) {
        return Optional.empty();
    }

    @Override
    public java.util.Set<String> wards(String bodyId) {
        return bodyId.equals(ALDER.id()) ? java.util.Set.of("brook green", "mill ward") : java.util.Set.of();
    }

    /** The dates rosters were asked for, in order (null: the latest rosters). */
    final List<LocalDate> rosterDates = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    @Override
    public List<Membership> members(String personName, LocalDate at) {
        rosterDates.add(at);
        if (!personName.equals("Wendy Okafor")) {
            return List.of();
        }
        Seat seat = new Seat("Wendy Okafor", "Mill Ward", "Labour", "Labour Party");
        return List.of(new Membership(ALDER, seat, new Roster(ALDER.id(), LocalDate.of(2024, 1, 1), true,
                List.of(seat), "test")));
    }
}
