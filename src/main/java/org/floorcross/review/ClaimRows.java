package org.floorcross.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.floorcross.ledger.DatePrecision;
import org.jdbi.v3.core.Handle;

/** The stored claims: what each article said, and which event it was merged into. */
final class ClaimRows {

    private static final String COLUMNS = """
            c.id, c.content_hash, a.article_id, c.ordinal, c.event_id, c.kind, c.body_id, c.body_name, c.from_bloc,
            c.to_bloc, c.group_name, c.person_count, c.people, c.event_date, c.date_earliest, c.date_latest,
            c.date_precision, c.date_basis, c.confidence, c.evidence""";

    private ClaimRows() {
    }

    static long insert(Handle handle, Claim claim, long eventId) {
        EventDate date = claim.date();
        Move move = claim.move();
        return handle.createUpdate("""
                insert into review_claim (content_hash, ordinal, event_id, kind, body_id, body_name, from_bloc, to_bloc,
                  group_name, person_count, people, event_date, date_earliest, date_latest, date_precision, date_basis,
                  confidence, evidence)
                values (:hash, :ordinal, :event, :kind, :bodyId, :bodyName, :from, :to, :group, :count, :people,
                  :date, :earliest, :latest, :precision, :basis, :confidence, :evidence)""")
                .bind("hash", claim.contentHash()).bind("ordinal", claim.ordinal()).bind("event", eventId)
                .bind("kind", move.kind()).bind("bodyId", move.bodyId()).bind("bodyName", move.bodyName())
                .bind("from", move.from()).bind("to", move.to()).bind("group", claim.group())
                .bind("count", claim.count()).bind("people", Json.write(claim.people()))
                .bind("date", date.date()).bind("earliest", date.earliest()).bind("latest", date.latest())
                .bind("precision", date.precision().name()).bind("basis", date.basis())
                .bind("confidence", claim.confidence()).bind("evidence", Json.write(claim.evidence()))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Claims about the same kind of move on the same body, by id or by name, oldest first. */
    static List<Claim> sameBodyAndKind(Handle handle, Move move) {
        return handle.createQuery("select " + COLUMNS + """
                 from review_claim c join review_article a on a.content_hash = c.content_hash
                where c.kind = :kind and (c.body_id = :bodyId or lower(c.body_name) = lower(:bodyName))
                order by c.id""")
                .bind("kind", move.kind()).bind("bodyId", move.bodyId()).bind("bodyName", move.bodyName())
                .map((rs, ctx) -> claim(rs)).list();
    }

    static List<Claim> ofEvent(Handle handle, long eventId) {
        return handle.createQuery("select " + COLUMNS + """
                 from review_claim c join review_article a on a.content_hash = c.content_hash
                where c.event_id = :event order by c.id""")
                .bind("event", eventId).map((rs, ctx) -> claim(rs)).list();
    }

    static int count(Handle handle) {
        return handle.createQuery("select count(*) from review_claim").mapTo(Integer.class).one();
    }

    private static Claim claim(ResultSet rs) throws SQLException {
        Move move = new Move(rs.getString("kind"), rs.getString("body_id"), rs.getString("body_name"),
                rs.getString("from_bloc"), rs.getString("to_bloc"));
        EventDate date = new EventDate(rs.getObject("event_date", LocalDate.class),
                rs.getObject("date_earliest", LocalDate.class), rs.getObject("date_latest", LocalDate.class),
                DatePrecision.valueOf(rs.getString("date_precision")), rs.getString("date_basis"));
        Integer count = rs.getObject("person_count") == null ? null : rs.getInt("person_count");
        return new Claim(rs.getLong("id"), rs.getString("content_hash"), rs.getString("article_id"),
                rs.getInt("ordinal"), rs.getLong("event_id"), move, rs.getString("group_name"), count,
                Json.names(rs.getString("people")), date, rs.getDouble("confidence"),
                Json.evidence(rs.getString("evidence")));
    }
}
