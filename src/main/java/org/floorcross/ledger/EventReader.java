package org.floorcross.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.floorcross.register.Seat;
import org.jdbi.v3.core.Handle;

/** Reads events back with their people, seats and sources, in the order they were recorded. */
final class EventReader {

    private static final String COLUMNS = "SELECT id, event_key, kind, body_id, effective, date_precision, from_bloc,"
            + " to_bloc, group_name, seat_count, ward, description, created_at FROM events ";

    private record Head(EventRow.Stored stored, EventRow values) {}

    private EventReader() {
    }

    static List<RecordedEvent> forBody(Handle h, String bodyId) {
        return load(h, h.createQuery(COLUMNS + "WHERE body_id = :body ORDER BY id").bind("body", bodyId)
                .map(EventReader::head).list());
    }

    static Optional<RecordedEvent> byKey(Handle h, String key) {
        return load(h, h.createQuery(COLUMNS + "WHERE event_key = :key").bind("key", key)
                .map(EventReader::head).list()).stream().findFirst();
    }

    static List<RecordedEvent> recent(Handle h, int limit) {
        return load(h, h.createQuery(COLUMNS + "ORDER BY id DESC").setMaxRows(limit)
                .map(EventReader::head).list());
    }

    private static List<RecordedEvent> load(Handle h, List<Head> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(head -> head.stored().id()).toList();
        Map<Long, List<String>> people = children(h, "SELECT event_id, name FROM event_people", ids,
                (rs) -> rs.getString("name"));
        Map<Long, List<Seat>> seats = children(h, "SELECT event_id, member, ward, bloc, label FROM event_seats", ids,
                (rs) -> new Seat(rs.getString("member"), rs.getString("ward"), rs.getString("bloc"),
                        rs.getString("label")));
        Map<Long, List<Source>> sources = children(h,
                "SELECT event_id, article_id, url, title, evidence FROM event_sources", ids, EventReader::source);
        List<RecordedEvent> events = new ArrayList<>();
        for (Head head : heads) {
            long id = head.stored().id();
            EventRow values = head.values();
            EventRow full = new EventRow(values.from(), values.to(), values.group(), values.count(), values.ward(),
                    values.description(), people.getOrDefault(id, List.of()), seats.getOrDefault(id, List.of()));
            Event event = full.toEvent(head.stored().kind(), head.stored(), sources.getOrDefault(id, List.of()));
            events.add(new RecordedEvent(head.stored().key(), event, head.stored().createdAt()));
        }
        return events;
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> Map<Long, List<T>> children(Handle h, String select, List<Long> ids, Column<T> column) {
        Map<Long, List<T>> byEvent = new HashMap<>();
        h.createQuery(select + " WHERE event_id IN (<ids>) ORDER BY event_id, position")
                .bindList("ids", ids)
                .map((rs, ctx) -> {
                    byEvent.computeIfAbsent(rs.getLong("event_id"), id -> new ArrayList<>()).add(column.read(rs));
                    return 0;
                })
                .list();
        return byEvent;
    }

    private static Head head(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        Integer count = rs.getObject("seat_count") == null ? null : rs.getInt("seat_count");
        EventRow.Stored stored = new EventRow.Stored(rs.getLong("id"), rs.getString("event_key"), rs.getString("kind"),
                rs.getString("body_id"), rs.getObject("effective", LocalDate.class),
                DatePrecision.valueOf(rs.getString("date_precision")), rs.getTimestamp("created_at").toInstant());
        EventRow values = new EventRow(rs.getString("from_bloc"), rs.getString("to_bloc"), rs.getString("group_name"),
                count, rs.getString("ward"), rs.getString("description"), List.of(), List.of());
        return new Head(stored, values);
    }

    private static Source source(ResultSet rs) throws SQLException {
        List<Span> spans = new ArrayList<>();
        String evidence = rs.getString("evidence");
        for (String pair : evidence.isEmpty() ? new String[0] : evidence.split(",")) {
            String[] ends = pair.split("-");
            spans.add(new Span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
        }
        return new Source(rs.getString("article_id"), rs.getString("url"), rs.getString("title"), spans);
    }
}
