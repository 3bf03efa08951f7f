package org.floorcross.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory record for tests of the web alone: bodies with one baseline roster each, events that move named
 * people or counted seats, and a review queue.
 */
final class FakeRecords implements Records, Desk {

    record Seat(String name, String ward, String bloc) {}

    private final Map<String, BodyRef> bodies = new LinkedHashMap<>();
    private final Map<String, LocalDate> baselineDates = new LinkedHashMap<>();
    private final Map<String, List<Seat>> baselines = new LinkedHashMap<>();
    private final List<EventDetail> events = new ArrayList<>();
    private final Map<String, ClaimView> claims = new LinkedHashMap<>();
    private final List<String> decisions = new ArrayList<>();

    FakeRecords body(BodyRef body, LocalDate baseline, List<Seat> seats) {
        bodies.put(body.id(), body);
        baselineDates.put(body.id(), baseline);
        baselines.put(body.id(), List.copyOf(seats));
        return this;
    }

    FakeRecords event(EventDetail event) {
        events.add(event);
        return this;
    }

    FakeRecords claim(ClaimView claim) {
        claims.put(claim.id(), claim);
        return this;
    }

    List<String> decisions() {
        return decisions;
    }

    @Override
    public List<BodyRef> bodies() {
        return List.copyOf(bodies.values());
    }

    @Override
    public Optional<BodyRef> body(String id) {
        return Optional.ofNullable(bodies.get(id));
    }

    @Override
    public BodyState state(String bodyId, LocalDate at) {
        List<Seat> seats = new ArrayList<>(at.isBefore(baselineDates.get(bodyId)) ? List.of() : baselines.get(bodyId));
        List<EventView> applied = events.stream().map(EventDetail::event)
                .filter(e -> e.bodyId().equals(bodyId) && !e.date().isAfter(at))
                .sorted(Comparator.comparing(EventView::date)).toList();
        for (EventView event : applied) {
            move(seats, event);
        }
        Map<String, List<Seat>> byBloc = new LinkedHashMap<>();
        seats.stream().sorted(Comparator.comparing(Seat::bloc)).forEach(s ->
                byBloc.computeIfAbsent(s.bloc(), k -> new ArrayList<>()).add(s));
        List<BlocSeats> blocs = byBloc.entrySet().stream()
                .map(e -> new BlocSeats(e.getKey(), e.getValue().size(), e.getValue().stream()
                        .filter(s -> s.name() != null).map(s -> new Member(s.name(), s.ward())).toList(), 0))
                .sorted(Comparator.comparingInt(BlocSeats::seats).reversed()).toList();
        int needed = seats.size() / 2 + 1;
        BlocSeats largest = blocs.stream().filter(b -> !b.bloc().equals("Independent")).findFirst().orElse(null);
        Control control = new Control(largest != null && largest.seats() >= needed,
                largest == null ? null : largest.bloc(), needed);
        return new BodyState(bodies.get(bodyId), at, seats.size(), blocs, control, List.of());
    }

    private static void move(List<Seat> seats, EventView event) {
        int moved = 0;
        for (int i = 0; i < seats.size(); i++) {
            Seat seat = seats.get(i);
            if (seat.name() != null && event.people().contains(seat.name())) {
                seats.set(i, new Seat(seat.name(), seat.ward(), event.bloc()));
                moved++;
            }
        }
        for (int i = 0; i < seats.size() && moved < event.seats(); i++) {
            Seat seat = seats.get(i);
            if (seat.bloc().equals(event.from())) {
                seats.set(i, new Seat(seat.name(), seat.ward(), event.bloc()));
                moved++;
            }
        }
    }

    @Override
    public List<TimelineItem> timeline(String bodyId) {
        List<TimelineItem> items = new ArrayList<>();
        items.add(new TimelineItem(baselineDates.get(bodyId), "APPROXIMATE", "baseline",
                "Roster of " + baselines.get(bodyId).size() + " seats", null));
        events.stream().map(EventDetail::event).filter(e -> e.bodyId().equals(bodyId))
                .sorted(Comparator.comparing(EventView::date))
                .forEach(e -> items.add(new TimelineItem(e.date(), e.precision(), e.kind(),
                        e.seats() + " " + Layout.move(e), e.id())));
        return items;
    }

    @Override
    public List<EventView> events() {
        return events.stream().map(EventDetail::event).sorted(Comparator.comparing(EventView::date).reversed())
                .toList();
    }

    @Override
    public Optional<EventDetail> event(String id) {
        return events.stream().filter(e -> e.event().id().equals(id)).findFirst();
    }

    @Override
    public List<PartyRef> parties() {
        return List.of(new PartyRef("PP53", "Labour", List.of("Labour and Co-operative", "Lab")),
                new PartyRef("PP52", "Conservative", List.of("Conservative and Unionist", "Tories", "Con")),
                new PartyRef("PP90", "Liberal Democrats", List.of("Lib Dems", "Lib Dem", "LD")),
                new PartyRef("PP7931", "Reform UK", List.of("Reform", "The Brexit Party")));
    }

    @Override
    public Optional<PartyRef> findParty(String label) {
        return parties().stream().filter(p -> p.name().equalsIgnoreCase(label)
                || p.aliases().stream().anyMatch(label::equalsIgnoreCase)).findFirst();
    }

    @Override
    public List<PersonRef> people(LocalDate at) {
        List<PersonRef> people = new ArrayList<>();
        for (BodyRef body : bodies.values()) {
            for (BlocSeats bloc : state(body.id(), at).blocs()) {
                bloc.members().forEach(m -> people.add(new PersonRef(m.name(), m.ward(), body.id(), body.name(),
                        bloc.bloc())));
            }
        }
        return people;
    }

    @Override
    public List<ClaimView> pending() {
        return claims.values().stream().filter(c -> c.status().equals("pending")).toList();
    }

    @Override
    public ClaimView accept(String claimId, String editor, String why) {
        return decide(claimId, "accepted", editor, why);
    }

    @Override
    public ClaimView reject(String claimId, String editor, String why) {
        return decide(claimId, "rejected", editor, why);
    }

    @Override
    public ClaimView edit(String claimId, ClaimEdit edit, String editor, String why) {
        ClaimView c = requireClaim(claimId);
        ClaimView edited = new ClaimView(c.id(), c.kind(), c.bodyId(), c.bodyName(),
                edit.from() == null ? c.from() : edit.from(), edit.to() == null ? c.to() : edit.to(), c.group(),
                edit.count() == null ? c.count() : edit.count(), c.people(), c.date(), c.precision(),
                c.confidence(), c.sources(), c.status());
        claims.put(claimId, edited);
        decisions.add(editor + " edited " + claimId + " at " + Instant.now() + ": " + why);
        return edited;
    }

    private ClaimView decide(String claimId, String status, String editor, String why) {
        ClaimView c = requireClaim(claimId);
        ClaimView decided = new ClaimView(c.id(), c.kind(), c.bodyId(), c.bodyName(), c.from(), c.to(), c.group(),
                c.count(), c.people(), c.date(), c.precision(), c.confidence(), c.sources(), status);
        claims.put(claimId, decided);
        decisions.add(editor + " " + status + " " + claimId + ": " + why);
        return decided;
    }

    private ClaimView requireClaim(String claimId) {
        ClaimView claim = claims.get(claimId);
        if (claim == null) {
            throw new Failures.NotFound("unknown claim: " + claimId);
        }
        return claim;
    }
}
