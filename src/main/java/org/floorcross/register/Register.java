package org.floorcross.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The register: every UK local authority (current and abolished), town and parish councils, the four parliaments,
 * registered parties with their aliases, and councillor rosters as dated baselines. Immutable once loaded and safe to
 * share between threads. Bodies and parties load eagerly; councillor rosters load lazily, one year file at a time.
 */
public final class Register {

    private final List<Body> bodies;
    private final BodyIndex index;
    private final Map<String, List<Body>> parishesByDistrict;
    private final PartyBook parties;
    private final Map<String, List<Roster>> parliamentRosters;
    private final RosterFiles rosterFiles;
    private volatile MemberIndex memberIndex;

    private Register() {
        LocalAuthorities authorities = LocalAuthorities.load();
        List<Body> all = new ArrayList<>(Parliaments.bodies());
        all.addAll(authorities.bodies());
        all.addAll(Parishes.load(authorities::currentIdFor));
        this.bodies = List.copyOf(all);
        this.index = new BodyIndex(bodies);
        this.parishesByDistrict = bodies.stream()
                .filter(body -> body.kind() == BodyKind.TOWN_OR_PARISH && body.parentId() != null)
                .collect(Collectors.groupingBy(Body::parentId));
        this.parties = PartyBook.load();
        this.parliamentRosters = Parliaments.baselines(parties);
        this.rosterFiles = new RosterFiles(parties);
    }

    private static final class Bundled {
        private static final Register INSTANCE = new Register();
    }

    /** Loads the register bundled in the application (no network, no files outside the jar); loaded once, shared. */
    public static Register bundled() {
        return Bundled.INSTANCE;
    }

    /** Every body, in a stable order: parliaments, local authorities, then town and parish councils. */
    public List<Body> bodies() {
        return bodies;
    }

    /** The body with exactly this id (GSS code or slug), ignoring case. */
    public Optional<Body> body(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(index.byId(id));
    }

    /**
     * Forgiving lookup by GSS code, official name, alternative name or short name ("Pendle", "Pendle Borough Council",
     * "Pendle Council", "E07000122"). "Newcastle" alone is ambiguous.
     */
    public BodyMatch matchBody(String query) {
        Objects.requireNonNull(query, "query");
        return index.resolve(query, index.candidates(query));
    }

    /**
     * Like {@link #matchBody(String)}, but where several bodies share a name (town and parish councils), prefers those
     * within or above the given body (its parishes, its county).
     */
    public BodyMatch matchBodyNear(String query, String nearBodyId) {
        Objects.requireNonNull(query, "query");
        if (nearBodyId == null) {
            return matchBody(query);
        }
        Body near = body(nearBodyId).orElseThrow(
                () -> new IllegalArgumentException("no body has id " + nearBodyId));
        List<Body> hits = index.candidates(query);
        List<Body> nearby = hits.stream().filter(hit -> related(hit, near)).toList();
        return index.resolve(query, nearby.isEmpty() ? hits : nearby);
    }

    private boolean related(Body a, Body b) {
        return lineage(a).contains(b.id()) || lineage(b).contains(a.id());
    }

    private List<String> lineage(Body body) {
        List<String> ids = new ArrayList<>();
        for (Body at = body; at != null && ids.size() < 4; at = at.parentId() == null ? null : index.byId(at.parentId())) {
            ids.add(at.id());
        }
        return ids;
    }

    /**
     * The single body a name denotes, as {@link #matchBody} finds it, without suggestions when nothing matches: the
     * cheap lookup for reading text, where most capitalised words name no body.
     */
    public Optional<Body> findBodyQuietly(String query) {
        Objects.requireNonNull(query, "query");
        return index.single(index.candidates(query));
    }

    /** The single body whose whole or core name is exactly this place ("Pendle"), never a prefix ("Scottish"). */
    public Optional<Body> findBodyNamed(String place) {
        Objects.requireNonNull(place, "place");
        return index.single(index.named(place));
    }

    /** The single body a query names, if exactly one. */
    public Optional<Body> findBody(String query) {
        return matchBody(query) instanceof BodyMatch.Found found ? Optional.of(found.body()) : Optional.empty();
    }

    /** The single body a query names; throws {@link BodyLookupException} with the candidates otherwise. */
    public Body requireBody(String query) {
        BodyMatch match = matchBody(query);
        return switch (match) {
            case BodyMatch.Found found -> found.body();
            case BodyMatch.Ambiguous ambiguous -> throw new BodyLookupException(match,
                    "\"" + query + "\" names several bodies: " + describe(ambiguous.candidates()));
            case BodyMatch.NotFound notFound -> throw new BodyLookupException(match, "no body matches \"" + query
                    + "\"" + (notFound.suggestions().isEmpty() ? "" : "; closest: " + describe(notFound.suggestions())));
        };
    }

    private static String describe(List<Body> candidates) {
        return candidates.stream().map(body -> body.name() + " (" + body.id() + ")").collect(Collectors.joining(", "));
    }

    /** Bodies whose names contain the text (forgiving of case and punctuation), existing on the date if given. */
    public List<Body> search(String text, LocalDate at) {
        Objects.requireNonNull(text, "text");
        String wanted = NameKeys.fold(text);
        return bodies.stream()
                .filter(body -> at == null || body.existsOn(at))
                .filter(body -> BodyIndex.namesOf(body).stream().anyMatch(name -> NameKeys.fold(name).contains(wanted)))
                .toList();
    }

    /** The town and parish councils within a district. */
    public List<Body> parishesOf(String districtId) {
        Objects.requireNonNull(districtId, "districtId");
        return parishesByDistrict.getOrDefault(districtId, List.of());
    }

    /** The party a label or alias names ("Lab", "Tories", "Labour and Co-operative", "The Brexit Party"). */
    public Optional<Party> findParty(String label) {
        return parties.find(label);
    }

    /** The party with this id (an Electoral Commission ref such as PP53, or "independent"). */
    public Optional<Party> party(String id) {
        Objects.requireNonNull(id, "id");
        return parties.byId(id.strip());
    }

    /** Every registered party. */
    public List<Party> parties() {
        return parties.parties();
    }

    /** A body's baselines, oldest first (empty for bodies with no known roster, such as most parish councils). */
    public List<Roster> rosters(String bodyId) {
        Objects.requireNonNull(bodyId, "bodyId");
        List<Roster> parliament = parliamentRosters.get(bodyId);
        return parliament != null ? parliament : rosterFiles.rostersOf(bodyId);
    }

    /** The body's latest baseline at or before the date, if any. */
    public Optional<Roster> rosterAt(String bodyId, LocalDate at) {
        Objects.requireNonNull(at, "at");
        return rosters(bodyId).stream().filter(roster -> !roster.effective().isAfter(at)).reduce((a, b) -> b);
    }

    /**
     * Where a person sits, by name as a reporter writes it (titles such as Cllr and honours such as MBE ignored,
     * middle names optional), in the latest roster of each body at or before the date (the latest of all if null).
     */
    public List<Membership> findMembers(String personName, LocalDate at) {
        Objects.requireNonNull(personName, "personName");
        return memberIndex().find(personName, at, this::rosters, id -> index.byId(id));
    }

    private MemberIndex memberIndex() {
        MemberIndex built = memberIndex;
        if (built == null) {
            synchronized (this) {
                built = memberIndex;
                if (built == null) {
                    built = new MemberIndex(rosterFiles);
                    memberIndex = built;
                }
            }
        }
        return built;
    }
}
