package org.floorcross.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds bodies by id or by a name as people write it. Tries, in order: the id; the whole name (official or
 * alternative, ignoring case and punctuation); the name without words such as "Borough Council"; bodies whose name
 * starts with the words given. A bare name ("Newcastle", "Newcastle Council") that is not itself the name of a council
 * also collects every council whose name starts with it, so it is ambiguous when two current councils share it
 * (combined authorities and parishes aside), while "Derbyshire" stays the county though "Derbyshire Dales" exists. Among the hits, bodies that exist today beat
 * former ones, and principal councils beat town and parish councils.
 */
final class BodyIndex {

    /** The councils a bare name's prefix can reach; not parishes, combined authorities, the GLA or parliaments. */
    private static final Set<BodyKind> PREFIX_KINDS = EnumSet.complementOf(EnumSet.of(BodyKind.TOWN_OR_PARISH,
            BodyKind.COMBINED_AUTHORITY, BodyKind.GREATER_LONDON_AUTHORITY, BodyKind.PARLIAMENT));

    private final Map<String, Body> byId = new HashMap<>();
    private final Map<String, List<Body>> byKey = new HashMap<>(1 << 17);
    private final Map<String, List<Body>> byCore = new HashMap<>(1 << 15);
    private final List<Body> principal = new ArrayList<>();
    private final Map<String, String> coreOf = new HashMap<>();
    private final List<Body> bodies;
    private volatile BodySuggestions suggestions;

    BodyIndex(List<Body> bodies) {
        for (Body body : bodies) {
            byId.put(body.id().toLowerCase(Locale.ROOT), body);
            Set<String> keys = new LinkedHashSet<>();
            Set<String> cores = new LinkedHashSet<>();
            for (String name : namesOf(body)) {
                String key = NameKeys.key(name);
                keys.add(key);
                cores.add(NameKeys.coreOfKey(key));
            }
            keys.forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(body));
            cores.forEach(core -> byCore.computeIfAbsent(core, k -> new ArrayList<>()).add(body));
            if (PREFIX_KINDS.contains(body.kind())) {
                principal.add(body);
                coreOf.put(body.id(), String.join("|", cores));
            }
        }
        this.bodies = bodies;
    }

    Body byId(String id) {
        return byId.get(id.strip().toLowerCase(Locale.ROOT));
    }

    /** Every body the query could name, before any preference is applied. */
    List<Body> candidates(String query) {
        Body exact = byId(query);
        if (exact != null) {
            return List.of(exact);
        }
        String key = NameKeys.key(query);
        if (key.isEmpty()) {
            return List.of();
        }
        String core = NameKeys.coreOfKey(key);
        List<Body> whole = byKey.get(key);
        boolean bare = key.equals(core) || key.equals(core + " council");
        if (!bare && whole != null) {
            return whole;
        }
        Set<Body> hits = new LinkedHashSet<>(whole == null ? List.of() : whole);
        hits.addAll(byCore.getOrDefault(core, List.of()));
        if (hits.isEmpty() || (bare && !aCouncilIsCalled(key) && !aCouncilIsCalled(core))) {
            hits.addAll(startingWith(core));
        }
        return List.copyOf(hits);
    }

    /** The bodies whose whole name or core name is the query: no prefixes ("Scottish" names no council). */
    List<Body> named(String query) {
        String key = NameKeys.key(query);
        if (key.isEmpty()) {
            return List.of();
        }
        Set<Body> hits = new LinkedHashSet<>(byKey.getOrDefault(key, List.of()));
        hits.addAll(byCore.getOrDefault(NameKeys.coreOfKey(key), List.of()));
        return List.copyOf(hits);
    }

    /** The single preferred body among the hits, without building suggestions when there is none. */
    java.util.Optional<Body> single(List<Body> hits) {
        List<Body> preferred = hits.isEmpty() ? hits : preferred(hits);
        return preferred.size() == 1 ? java.util.Optional.of(preferred.get(0)) : java.util.Optional.empty();
    }

    /** The single best body among the hits, or the ambiguity, or nothing with suggestions. */
    BodyMatch resolve(String query, List<Body> hits) {
        if (hits.isEmpty()) {
            return new BodyMatch.NotFound(query, suggestions().closest(query, 5));
        }
        List<Body> preferred = preferred(hits);
        if (preferred.size() == 1) {
            return new BodyMatch.Found(preferred.get(0));
        }
        return new BodyMatch.Ambiguous(query, preferred.stream().sorted(Comparator.comparing(Body::name)).toList());
    }

    private BodySuggestions suggestions() {
        BodySuggestions built = suggestions;
        if (built == null) {
            built = new BodySuggestions(bodies);
            suggestions = built;
        }
        return built;
    }

    private static List<Body> preferred(List<Body> hits) {
        List<Body> current = hits.stream().filter(body -> body.end() == null).toList();
        List<Body> pool = current.isEmpty() ? hits : current;
        List<Body> principal = pool.stream().filter(body -> body.kind() != BodyKind.TOWN_OR_PARISH).toList();
        return principal.isEmpty() ? pool : principal;
    }

    private boolean aCouncilIsCalled(String key) {
        return byKey.getOrDefault(key, List.of()).stream().anyMatch(body -> PREFIX_KINDS.contains(body.kind()));
    }

    private List<Body> startingWith(String core) {
        String prefix = core + " ";
        return principal.stream().filter(body -> {
            for (String candidate : coreOf.get(body.id()).split("\\|")) {
                if (candidate.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    static List<String> namesOf(Body body) {
        List<String> names = new ArrayList<>(body.altNames().size() + 1);
        names.add(body.name());
        names.addAll(body.altNames());
        return names;
    }
}
