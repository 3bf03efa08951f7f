package org.floorcross.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The register: every UK local authority (current and abolished), town and parish councils, the four parliaments,
 * registered parties with their aliases, and councillor rosters as dated baselines. Immutable once loaded and safe to
 * share between threads.
 */
public final class Register {

    /** Loads the register bundled in the application (no network, no files outside the jar). */
    public static Register bundled() {
        throw new UnsupportedOperationException("TODO: register helper implements this");
    }

    /** Every body, in a stable order. */
    public List<Body> bodies() {
        throw new UnsupportedOperationException("TODO");
    }

    /** The body with exactly this id (GSS code or slug). */
    public Optional<Body> body(String id) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Forgiving lookup by GSS code, official name, alternative name or short name ("Pendle", "Pendle Borough Council",
     * "Pendle Council", "E07000122"). "Newcastle" alone is ambiguous.
     */
    public BodyMatch matchBody(String query) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Like {@link #matchBody(String)}, but where several bodies share a name (town and parish councils), prefers those
     * within or above the given body (its parishes, its county).
     */
    public BodyMatch matchBodyNear(String query, String nearBodyId) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The single body a query names, if exactly one. */
    public Optional<Body> findBody(String query) {
        return matchBody(query) instanceof BodyMatch.Found found ? Optional.of(found.body()) : Optional.empty();
    }

    /** The single body a query names; throws {@link BodyLookupException} with the candidates otherwise. */
    public Body requireBody(String query) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Bodies whose names contain the text (forgiving of case and punctuation), existing on the date if given. */
    public List<Body> search(String text, LocalDate at) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The town and parish councils within a district. */
    public List<Body> parishesOf(String districtId) {
        throw new UnsupportedOperationException("TODO");
    }

    /** The party a label or alias names ("Lab", "Tories", "Labour and Co-operative", "The Brexit Party"). */
    public Optional<Party> findParty(String label) {
        throw new UnsupportedOperationException("TODO");
    }

    /** Every registered party. */
    public List<Party> parties() {
        throw new UnsupportedOperationException("TODO");
    }

    /** A body's baselines, oldest first (empty for bodies with no known roster, such as most parish councils). */
    public List<Roster> rosters(String bodyId) {
        throw new UnsupportedOperationException("TODO");
    }

    /**
     * Where a person sits, by name as a reporter writes it (titles such as Cllr and honours such as MBE ignored),
     * in the latest roster of each body at or before the date.
     */
    public List<Membership> findMembers(String personName, LocalDate at) {
        throw new UnsupportedOperationException("TODO");
    }
}
