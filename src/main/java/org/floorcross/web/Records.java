package org.floorcross.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The narrow read-side port through which the web sees the record: bodies, compositions, accepted events, parties and
 * people. The adapter over the register and the ledger implements it; everything the pages show comes through here.
 */
interface Records {

    /** Every body, in a stable order. */
    List<BodyRef> bodies();

    Optional<BodyRef> body(String id);

    /** Seats per bloc, control and members on the body at the date. */
    BodyState state(String bodyId, LocalDate at);

    /** Baselines and accepted events on the body, oldest first. */
    List<TimelineItem> timeline(String bodyId);

    /** Every accepted event, newest first. */
    List<EventView> events();

    Optional<EventDetail> event(String id);

    List<PartyRef> parties();

    /** The party a label or alias names ("Lib Dems", "Tories"), if any. */
    Optional<PartyRef> findParty(String label);

    /** Everyone sitting on a body at the date. */
    List<PersonRef> people(LocalDate at);

    default BodyRef requireBody(String id) {
        return body(id).orElseThrow(() -> new Failures.NotFound("unknown body: " + id));
    }

    default EventDetail requireEvent(String id) {
        return event(id).orElseThrow(() -> new Failures.NotFound("unknown event: " + id));
    }

    record BodyRef(String id, String name, String kind, String nation, List<String> altNames,
                   LocalDate start, LocalDate end) {
        public BodyRef {
            altNames = List.copyOf(altNames);
        }
    }

    record Member(String name, String ward) {}

    /**
     * @param unresolved seats moved in (positive) or out (negative) by count-only events, whose holders are not named:
     *                   the members listed then differ from the seats held
     */
    record BlocSeats(String bloc, int seats, List<Member> members, int unresolved) {
        public BlocSeats {
            members = List.copyOf(members);
        }
    }

    /**
     * @param majority whether one bloc holds a majority
     * @param bloc the bloc holding the majority, else the largest bloc (null on an empty body)
     * @param needed seats needed for a majority: floor(total/2)+1
     */
    record Control(boolean majority, String bloc, int needed) {}

    record BodyState(BodyRef body, LocalDate at, int totalSeats, List<BlocSeats> blocs, Control control,
                     List<String> notes) {
        public BodyState {
            blocs = List.copyOf(blocs);
            notes = List.copyOf(notes);
        }
    }

    record TimelineItem(LocalDate date, String precision, String kind, String summary, String eventId) {}

    record SourceRef(String articleId, String url, String title, LocalDate published) {}

    /**
     * An accepted event. {@code bloc()} is where the seats went: the named group if there is one, else {@code to}.
     *
     * @param count how many moved, as reported; null if not stated
     * @param moved how many seats the ledger actually moved (a person already in the to-bloc is not moved twice);
     *              null when not known
     */
    record EventView(String id, String kind, String bodyId, String bodyName, LocalDate date, String precision,
                     String from, String to, String group, Integer count, List<String> people,
                     List<SourceRef> sources, boolean flagged, Integer moved) {
        public EventView {
            people = List.copyOf(people);
            sources = List.copyOf(sources);
        }

        @JsonProperty("bloc")
        public String bloc() {
            return group != null && !group.isBlank() ? group : to;
        }

        /** The seats this event moved: as the ledger applied it where known, else as reported. */
        @JsonProperty("seats")
        public int seats() {
            return moved != null ? moved : count != null ? count : people.size();
        }

        EventView withLedger(boolean isFlagged, Integer seatsMoved) {
            return new EventView(id, kind, bodyId, bodyName, date, precision, from, to, group, count, people, sources,
                    isFlagged, seatsMoved);
        }
    }

    record Span(int start, int end) {}

    record SourceText(SourceRef ref, String text, List<Span> evidence) {
        public SourceText {
            evidence = List.copyOf(evidence);
        }
    }

    record HistoryEntry(Instant at, String who, String action, String why) {}

    record EventDetail(EventView event, List<SourceText> sources, List<HistoryEntry> history) {
        public EventDetail {
            sources = List.copyOf(sources);
            history = List.copyOf(history);
        }
    }

    record PartyRef(String id, String name, List<String> aliases) {
        public PartyRef {
            aliases = List.copyOf(aliases);
        }
    }

    record PersonRef(String name, String ward, String bodyId, String bodyName, String bloc) {}
}
