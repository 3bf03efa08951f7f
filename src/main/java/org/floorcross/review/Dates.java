package org.floorcross.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The date of an event from its reports: the narrowest range any report supports (a stated day beats a publication
 * date, which beats a reckoning from an election), naming the article it comes from; undated reports take it. Two
 * reports whose ranges do not overlap disagree, and the disagreement is kept.
 */
final class Dates {

    private Dates() {
    }

    static EventDate best(List<Claim> claims, List<Conflict> conflicts) {
        List<Claim> dated = claims.stream().filter(claim -> claim.date().known())
                .sorted(Comparator.comparingLong((Claim c) -> c.date().width())
                        .thenComparing(Comparator.comparingDouble(Claim::confidence).reversed()))
                .toList();
        if (dated.isEmpty()) {
            return EventDate.unknown();
        }
        Claim best = dated.getFirst();
        if (dated.stream().anyMatch(claim -> claim.date().gapTo(best.date()) > 0)) {
            conflicts.add(conflict(dated));
        }
        EventDate date = best.date();
        return new EventDate(date.date(), date.earliest(), date.latest(), date.precision(),
                date.basis() + ", in " + best.articleId());
    }

    private static Conflict conflict(List<Claim> dated) {
        Map<String, List<Claim>> byDate = new LinkedHashMap<>();
        dated.forEach(claim -> byDate.computeIfAbsent(claim.date().date().toString(), d -> new ArrayList<>()).add(claim));
        return new Conflict("date", byDate.entrySet().stream()
                .map(e -> new Conflict.Value(e.getKey(), Consensus.articles(e.getValue()))).toList());
    }
}
