package org.floorcross.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The stored proposed events: one row per real-world move, however many articles report it. */
final class EventRows {

    private static final String COLUMNS = "id, kind, body_id, body_name, from_bloc, to_bloc, status, edits, applied_key";

    private EventRows() {
    }

    static long insert(Handle handle, Move move, Instant now) {
        return handle.createUpdate("""
                insert into review_event (kind, body_id, body_name, from_bloc, to_bloc, status, created_at)
                values (:kind, :bodyId, :bodyName, :from, :to, :status, :now)""")
                .bind("kind", move.kind()).bind("bodyId", move.bodyId()).bind("bodyName", move.bodyName())
                .bind("from", move.from()).bind("to", move.to()).bind("status", Status.PENDING.name())
                .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static Optional<EventRow> find(Handle handle, long id) {
        return handle.createQuery("select " + COLUMNS + " from review_event where id = :id").bind("id", id)
                .map((rs, ctx) -> new EventRow(rs.getLong("id"),
                        new Move(rs.getString("kind"), rs.getString("body_id"), rs.getString("body_name"),
                                rs.getString("from_bloc"), rs.getString("to_bloc")),
                        Status.valueOf(rs.getString("status")), Json.edit(rs.getString("edits")),
                        rs.getString("applied_key")))
                .findOne();
    }

    static List<Long> ids(Handle handle, Optional<Status> status) {
        return handle.createQuery("select id from review_event where status = :status or :any order by id")
                .bind("status", status.map(Status::name).orElse("")).bind("any", status.isEmpty())
                .mapTo(Long.class).list();
    }

    static void setStatus(Handle handle, long id, Status status) {
        handle.createUpdate("update review_event set status = :status where id = :id")
                .bind("status", status.name()).bind("id", id).execute();
    }

    static void setEdit(Handle handle, long id, Edit edit) {
        handle.createUpdate("update review_event set edits = :edits where id = :id")
                .bind("edits", Json.write(edit)).bind("id", id).execute();
    }

    static void setAppliedKey(Handle handle, long id, String key) {
        handle.createUpdate("update review_event set applied_key = :key where id = :id")
                .bind("key", key).bind("id", id).execute();
    }

    static int count(Handle handle) {
        return handle.createQuery("select count(*) from review_event").mapTo(Integer.class).one();
    }
}
