package org.floorcross.review;

import java.sql.Timestamp;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Every change to every proposed event: who, when, why and what. Rows are only ever added. */
final class HistoryRows {

    private HistoryRows() {
    }

    static void add(Handle handle, HistoryEntry entry) {
        handle.createUpdate("""
                insert into review_history (event_id, at, actor, action, why, detail)
                values (:event, :at, :actor, :action, :why, :detail)""")
                .bind("event", entry.eventId()).bind("at", Timestamp.from(entry.at())).bind("actor", entry.by())
                .bind("action", entry.action()).bind("why", entry.why()).bind("detail", entry.detail()).execute();
    }

    static List<HistoryEntry> of(Handle handle, long eventId) {
        return handle.createQuery("""
                select event_id, at, actor, action, why, detail from review_history
                where event_id = :event order by id""")
                .bind("event", eventId)
                .map((rs, ctx) -> new HistoryEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    static int count(Handle handle) {
        return handle.createQuery("select count(*) from review_history").mapTo(Integer.class).one();
    }
}
