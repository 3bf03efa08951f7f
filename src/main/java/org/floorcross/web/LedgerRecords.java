package org.floorcross.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.floorcross.ledger.Baseline;
import org.floorcross.ledger.Bloc;
import org.floorcross.ledger.Composition;
import org.floorcross.ledger.Ledger;
import org.floorcross.ledger.RecordedEvent;
import org.floorcross.register.Body;
import org.floorcross.register.Party;
import org.floorcross.register.Register;

/** The records port over the real capabilities: bodies and parties from the register, compositions and events from the ledger. */
final class LedgerRecords implements Records {

    private static final int ALL_EVENTS = 100_000;

    private final Register register;
    private final Ledger ledger;
    private final Sources sources;
    private final List<BodyRef> bodies;
    private final People people;

    LedgerRecords(Register register, Ledger ledger, Sources sources) {
        this.register = register;
        this.ledger = ledger;
        this.sources = sources;
        this.bodies = register.bodies().stream().map(LedgerRecords::ref).toList();
        this.people = new People(bodies, register::rosters, this::bodiesWithEvents, this::state);
    }

    @Override
    public List<BodyRef> bodies() {
        return bodies;
    }

    @Override
    public Optional<BodyRef> body(String id) {
        return register.body(id).map(LedgerRecords::ref);
    }

    @Override
    public BodyState state(String bodyId, LocalDate at) {
        Composition composition = ledger.composition(bodyId, at);
        Map<String, String> wards = wards(bodyId, at);
        List<BlocSeats> blocs = new ArrayList<>();
        for (Bloc bloc : composition.blocs()) {
            blocs.add(new BlocSeats(bloc.name(), bloc.seats(),
                    bloc.members().stream().map(name -> new Member(name, wards.get(name))).toList(), bloc.unresolved()));
        }
        if (composition.vacancies() > 0) {
            blocs.add(new BlocSeats("Vacant", composition.vacancies(), List.of(), 0));
        }
        org.floorcross.ledger.Control control = composition.control();
        return new BodyState(requireBody(bodyId), at, composition.totalSeats(), blocs,
                new Control(control.majority(), control.bloc(), control.seatsNeeded()), notes(composition));
    }

    private static List<String> notes(Composition composition) {
        List<String> notes = new ArrayList<>();
        if (composition.baselineDate() == null) {
            notes.add("No roster is known for this body on this date.");
        } else {
            notes.add("Baseline: " + composition.baselineSource() + ", from " + composition.baselineDate() + ".");
        }
        composition.unresolved().forEach(move -> notes.add(move.count() + " seat(s) moved from " + move.from()
                + " to " + move.to() + " by count only: the councillors are not named."));
        composition.flags().forEach(flag -> notes.add("Flagged: " + flag.detail()));
        return notes;
    }

    private Map<String, String> wards(String bodyId, LocalDate at) {
        Map<String, String> wards = new HashMap<>();
        register.rosterAt(bodyId, at).or(() -> register.rosters(bodyId).stream().findFirst())
                .ifPresent(roster -> roster.seats().stream().filter(s -> s.member() != null && s.ward() != null)
                        .forEach(s -> wards.putIfAbsent(s.member(), s.ward())));
        return wards;
    }

    @Override
    public List<TimelineItem> timeline(String bodyId) {
        return ledger.history(bodyId).stream().map(this::timelineItem).toList();
    }

    private TimelineItem timelineItem(org.floorcross.ledger.HistoryEntry entry) {
        String changes = entry.changes().stream().filter(c -> c.change() != 0)
                .map(c -> c.bloc() + " " + c.before() + "→" + c.after()).collect(Collectors.joining(", "));
        if (entry.event() instanceof Baseline baseline) {
            return new TimelineItem(baseline.effective(), baseline.precision().name(), "baseline",
                    baseline.description() + ": " + baseline.seats().size() + " seats", null);
        }
        EventView view = LedgerEvents.view(null, entry.event(), "", false, sources::ref);
        String summary = view.seats() + " seat(s) " + Layout.move(view)
                + (changes.isEmpty() ? "" : "; " + changes) + (entry.flags().isEmpty() ? "" : " (flagged)");
        return new TimelineItem(entry.event().effective(), entry.event().precision().name(), entry.event().kind(),
                summary, entry.event().key());
    }

    @Override
    public List<EventView> events() {
        List<RecordedEvent> recorded = ledger.recentEvents(ALL_EVENTS).stream()
                .filter(r -> !(r.event() instanceof Baseline)).toList();
        Map<String, org.floorcross.ledger.HistoryEntry> steps = new HashMap<>();
        recorded.stream().map(r -> r.event().bodyId()).distinct().forEach(body -> steps.putAll(steps(body)));
        return recorded.stream().map(r -> view(r, steps.get(r.key())))
                .sorted(Comparator.comparing(EventView::date).reversed()).toList();
    }

    /** Each recorded event's step in its body's history: what it changed and what it flagged. */
    private Map<String, org.floorcross.ledger.HistoryEntry> steps(String bodyId) {
        Map<String, org.floorcross.ledger.HistoryEntry> steps = new HashMap<>();
        ledger.history(bodyId).stream().filter(h -> !h.bundled()).forEach(h -> steps.put(h.event().key(), h));
        return steps;
    }

    private EventView view(RecordedEvent recorded, org.floorcross.ledger.HistoryEntry step) {
        String bodyName = register.body(recorded.event().bodyId()).map(Body::name).orElse(recorded.event().bodyId());
        EventView view = LedgerEvents.view(recorded.key(), recorded.event(), bodyName, false, sources::ref);
        if (step == null) {
            return view;
        }
        int moved = step.changes().stream().mapToInt(c -> Math.max(0, c.change())).sum();
        return view.withLedger(!step.flags().isEmpty(), moved);
    }

    @Override
    public Optional<EventDetail> event(String id) {
        return ledger.findEvent(id).map(recorded -> new EventDetail(
                view(recorded, steps(recorded.event().bodyId()).get(recorded.key())),
                sources.texts(recorded.event()), sources.history(recorded.event())));
    }

    @Override
    public List<PartyRef> parties() {
        return register.parties().stream().map(LedgerRecords::ref).toList();
    }

    @Override
    public Optional<PartyRef> findParty(String label) {
        return register.findParty(label).map(LedgerRecords::ref);
    }

    @Override
    public List<PersonRef> people(LocalDate at) {
        return people.at(at);
    }

    private Set<String> bodiesWithEvents() {
        return ledger.recentEvents(ALL_EVENTS).stream().map(r -> r.event().bodyId()).collect(Collectors.toSet());
    }

    private static BodyRef ref(Body body) {
        return new BodyRef(body.id(), body.name(), body.kind().name(), body.nation(), body.altNames(), body.start(),
                body.end());
    }

    private static PartyRef ref(Party party) {
        return new PartyRef(party.id(), party.name(), party.registeredName() == null ? List.of()
                : List.of(party.registeredName()));
    }
}
