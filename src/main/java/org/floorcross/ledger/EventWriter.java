package org.floorcross.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.floorcross.register.Seat;
import org.jdbi.v3.core.Handle;

/** Writes events, their sources and the flags projection. Call only inside a transaction. */
final class EventWriter {

    private EventWriter() {
    }

    static long insert(Handle h, Event event, Instant now) {
        EventRow row = EventRow.of(event);
        long id = h.createUpdate("""
                        INSERT INTO events (event_key, kind, body_id, effective, date_precision, from_bloc, to_bloc,
                            group_name, seat_count, ward, description, created_at)
                        VALUES (:key, :kind, :body, :effective, :precision, :from, :to, :group, :count, :ward,
                            :description, :now)""")
                .bind("key", event.key()).bind("kind", event.kind()).bind("body", event.bodyId())
                .bind("effective", event.effective()).bind("precision", event.precision().name())
                .bind("from", row.from()).bind("to", row.to()).bind("group", row.group())
                .bind("count", row.count()).bind("ward", row.ward()).bind("description", row.description())
                .bind("now", Timestamp.from(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertPeople(h, id, row.people());
        insertSeats(h, id, row.seats());
        addSources(h, id, 0, event.sources(), now);
        return id;
    }

    static void addSources(Handle h, long eventId, int firstPosition, List<Source> sources, Instant now) {
        int position = firstPosition;
        for (Source source : sources) {
            h.createUpdate("""
                            INSERT INTO event_sources (event_id, position, article_id, url, title, evidence, added_at)
                            VALUES (:event, :position, :article, :url, :title, :evidence, :now)""")
                    .bind("event", eventId).bind("position", position++).bind("article", source.articleId())
                    .bind("url", source.url()).bind("title", source.title())
                    .bind("evidence", spans(source.evidence())).bind("now", Timestamp.from(now))
                    .execute();
        }
    }

    /** Removes the event with this key and everything that hangs off it. */
    static void delete(Handle h, String key) {
        for (String table : List.of("event_flags", "event_sources", "event_people", "event_seats")) {
            h.createUpdate("DELETE FROM " + table + " WHERE event_id IN (SELECT id FROM events WHERE event_key = :key)")
                    .bind("key", key).execute();
        }
        h.createUpdate("DELETE FROM events WHERE event_key = :key").bind("key", key).execute();
    }

    /** Replaces the stored flags of every event on the body. */
    static void replaceFlags(Handle h, String bodyId, List<Flag> flags) {
        h.createUpdate("DELETE FROM event_flags WHERE event_id IN (SELECT id FROM events WHERE body_id = :body)")
                .bind("body", bodyId).execute();
        Map<String, Integer> positions = new HashMap<>();
        for (Flag flag : flags) {
            int position = positions.merge(flag.eventKey(), 1, Integer::sum) - 1;
            h.createUpdate("""
                            INSERT INTO event_flags (event_id, position, reason, detail)
                            SELECT id, :position, :reason, :detail FROM events WHERE event_key = :key""")
                    .bind("position", position).bind("reason", flag.reason().name())
                    .bind("detail", flag.detail()).bind("key", flag.eventKey())
                    .execute();
        }
    }

    private static void insertPeople(Handle h, long eventId, List<String> people) {
        for (int i = 0; i < people.size(); i++) {
            h.createUpdate("INSERT INTO event_people (event_id, position, name) VALUES (:event, :position, :name)")
                    .bind("event", eventId).bind("position", i).bind("name", people.get(i)).execute();
        }
    }

    private static void insertSeats(Handle h, long eventId, List<Seat> seats) {
        if (seats.isEmpty()) {
            return;
        }
        var batch = h.prepareBatch("""
                INSERT INTO event_seats (event_id, position, member, ward, bloc, label)
                VALUES (:event, :position, :member, :ward, :bloc, :label)""");
        for (int i = 0; i < seats.size(); i++) {
            Seat seat = seats.get(i);
            batch.bind("event", eventId).bind("position", i).bind("member", seat.member()).bind("ward", seat.ward())
                    .bind("bloc", seat.party()).bind("label", seat.label()).add();
        }
        batch.execute();
    }

    static String spans(List<Span> evidence) {
        return evidence.stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(","));
    }
}
