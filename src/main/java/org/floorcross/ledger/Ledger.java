package org.floorcross.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.floorcross.store.Store;
import org.jdbi.v3.core.Handle;

/**
 * The composition ledger: append-only events per body, and from them (with the register's rosters as baselines)
 * the seats per bloc and control at any date, the history and the difference between two dates. Appending an event
 * already present (same content key) only adds its new sources. Each append writes the event and the flags
 * projection in one transaction.
 */
public final class Ledger {

    private final Baselines baselines;
    private final Store store;
    private final Clock clock;

    public Ledger(Baselines baselines, Store store) {
        this(baselines, store, Clock.systemUTC());
    }

    public Ledger(Baselines baselines, Store store, Clock clock) {
        if (baselines == null || store == null || clock == null) {
            throw new IllegalArgumentException("a ledger needs baselines, a store and a clock; got " + baselines
                    + ", " + store + ", " + clock);
        }
        this.baselines = baselines;
        this.store = store;
        this.clock = clock;
    }

    /** Appends one event (or adds its new sources to the same event already present). */
    public AppendResult append(Event event) {
        requireEvent(event);
        return store.inTransaction(h -> appendIn(h, event));
    }

    /** Appends every event in one transaction: if any fails, none is recorded. Results in the given order. */
    public List<AppendResult> appendAll(List<? extends Event> events) {
        events.forEach(Ledger::requireEvent);
        return store.inTransaction(h -> {
            List<AppendResult> results = new ArrayList<>();
            for (Event event : events) {
                results.add(appendIn(h, event));
            }
            return results;
        });
    }

    /**
     * Withdraws a recorded event (review rejected it, or replaced it with corrected details): the event, its people,
     * seats and sources are removed and the body's flags recomputed, in one transaction. Returns what was withdrawn.
     */
    public Optional<RecordedEvent> withdraw(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("withdraw needs an event key, got '" + key + "'");
        }
        return store.inTransaction(h -> {
            Optional<RecordedEvent> found = EventReader.byKey(h, key);
            found.ifPresent(recorded -> {
                String bodyId = recorded.event().bodyId();
                EventWriter.delete(h, key);
                EventWriter.replaceFlags(h, bodyId, Projection.flags(bodyId, timeline(h, bodyId)));
            });
            return found;
        });
    }

    /** The body's composition at the end of the given day. */
    public Composition composition(String bodyId, LocalDate at) {
        requireArgument(bodyId, at);
        return store.withHandle(h -> Projection.at(bodyId, timeline(h, bodyId), at));
    }

    /** Every baseline (bundled or recorded) and event on the body, oldest first, with what each changed. */
    public List<HistoryEntry> history(String bodyId) {
        requireArgument(bodyId, LocalDate.MIN);
        return store.withHandle(h -> Projection.history(bodyId, timeline(h, bodyId)));
    }

    /** How the body changed from the end of one day to the end of a later one, with the events between. */
    public CompositionDiff diff(String bodyId, LocalDate from, LocalDate to) {
        requireArgument(bodyId, from);
        if (to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("diff of " + bodyId + " needs to (" + to + ") on or after from (" + from
                    + ")");
        }
        return store.withHandle(h -> {
            List<Projection.Entry> timeline = timeline(h, bodyId);
            Composition before = Projection.at(bodyId, timeline, from);
            Composition after = Projection.at(bodyId, timeline, to);
            List<Event> between = timeline.stream().filter(e -> !e.bundled()).map(Projection.Entry::event)
                    .filter(e -> e.effective().isAfter(from) && !e.effective().isAfter(to))
                    .sorted(java.util.Comparator.comparing(Event::effective)).toList();
            return new CompositionDiff(before, after, Changes.between(before, after, true), between);
        });
    }

    /** The events recorded on a body, in the order they were recorded. */
    public List<RecordedEvent> events(String bodyId) {
        requireArgument(bodyId, LocalDate.MIN);
        return store.withHandle(h -> EventReader.forBody(h, bodyId));
    }

    /** The most recently recorded events on every body, newest first. */
    public List<RecordedEvent> recentEvents(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return store.withHandle(h -> EventReader.recent(h, limit));
    }

    /** The event with this content key, if recorded. */
    public Optional<RecordedEvent> findEvent(String key) {
        return store.withHandle(h -> EventReader.byKey(h, key));
    }

    private AppendResult appendIn(Handle h, Event event) {
        Optional<RecordedEvent> existing = EventReader.byKey(h, event.key());
        int sourcesAdded = existing.map(found -> addNewSources(h, found, event)).orElseGet(() -> {
            EventWriter.insert(h, event, clock.instant());
            return event.sources().size();
        });
        List<Projection.Entry> timeline = timeline(h, event.bodyId());
        List<Projection.Entry> without = timeline.stream()
                .filter(e -> e.bundled() || !e.event().key().equals(event.key())).toList();
        List<Flag> flags = Projection.flags(event.bodyId(), timeline);
        EventWriter.replaceFlags(h, event.bodyId(), flags);
        RecordedEvent recorded = EventReader.byKey(h, event.key()).orElseThrow();
        return new AppendResult(recorded, existing.isEmpty(), sourcesAdded,
                flags.stream().filter(f -> f.eventKey().equals(event.key())).toList(),
                Projection.at(event.bodyId(), without, event.effective()),
                Projection.at(event.bodyId(), timeline, event.effective()));
    }

    private int addNewSources(Handle h, RecordedEvent found, Event event) {
        List<Source> known = new ArrayList<>(found.event().sources());
        int first = known.size();
        List<Source> fresh = new ArrayList<>();
        for (Source source : event.sources()) {
            if (known.stream().noneMatch(source::sameArticle)) {
                known.add(source);
                fresh.add(source);
            }
        }
        EventWriter.addSources(h, rowId(h, found.key()), first, fresh, clock.instant());
        return fresh.size();
    }

    private static long rowId(Handle h, String key) {
        return h.createQuery("SELECT id FROM events WHERE event_key = :key").bind("key", key)
                .mapTo(Long.class).one();
    }

    private List<Projection.Entry> timeline(Handle h, String bodyId) {
        List<Projection.Entry> timeline = new ArrayList<>();
        baselines.rosters(bodyId).forEach(r -> timeline.add(new Projection.Entry(Baseline.of(r), true)));
        EventReader.forBody(h, bodyId).forEach(r -> timeline.add(new Projection.Entry(r.event(), false)));
        return timeline;
    }

    private static void requireEvent(Event event) {
        if (event == null) {
            throw new IllegalArgumentException("cannot append a null event");
        }
    }

    private static void requireArgument(String bodyId, LocalDate date) {
        if (bodyId == null || bodyId.isBlank() || date == null) {
            throw new IllegalArgumentException("need a body id and a date, got '" + bodyId + "' and " + date);
        }
    }
}
