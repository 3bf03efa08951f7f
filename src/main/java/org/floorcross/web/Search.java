package org.floorcross.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.floorcross.web.Records.BodyRef;
import org.floorcross.web.Records.PartyRef;
import org.floorcross.web.Records.PersonRef;

/** Searches bodies, people and parties, best matches first, forgiving of spelling and abbreviations. */
final class Search {

    record Results(String query, List<BodyRef> bodies, List<PersonRef> people, List<PartyRef> parties) {}

    private final Records records;
    private final Map<String, Fuzzy.Name> prepared = new ConcurrentHashMap<>();

    Search(Records records) {
        this.records = records;
    }

    Results find(String query, LocalDate at, int limit) {
        if (query.isBlank()) {
            return new Results(query, List.of(), List.of(), List.of());
        }
        return new Results(query,
                best(records.bodies(), query, body -> Stream.concat(Stream.of(body.name(), body.id()),
                        body.altNames().stream()).toList(), limit),
                best(records.people(at), query, person -> List.of(person.name()), limit),
                parties(query, limit));
    }

    private List<PartyRef> parties(String query, int limit) {
        List<PartyRef> fuzzy = best(records.parties(), query, party -> Stream.concat(Stream.of(party.name(),
                party.id()), party.aliases().stream()).toList(), limit);
        return records.findParty(query).map(alias -> Stream.concat(Stream.of(alias),
                fuzzy.stream().filter(p -> !p.id().equals(alias.id()))).limit(limit).toList()).orElse(fuzzy);
    }

    private <T> List<T> best(List<T> items, String query, Function<T, List<String>> names, int limit) {
        record Scored<T>(T item, int score) {}
        String q = Fuzzy.normalize(query);
        List<Scored<T>> scored = new ArrayList<>();
        for (T item : items) {
            int score = score(q, names.apply(item));
            if (score > 0) {
                scored.add(new Scored<>(item, score));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt((Scored<T> s) -> s.score()).reversed())
                .limit(limit).map(Scored::item).toList();
    }

    /** The best score over the names, each normalized once and remembered (names come from the record, not queries). */
    private int score(String q, List<String> names) {
        int best = 0;
        for (String name : names) {
            best = Math.max(best, Fuzzy.score(q, prepared.computeIfAbsent(name, Fuzzy.Name::of)));
        }
        return best;
    }
}
