package org.floorcross.review;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which existing event a new claim reports, if any. A claim reports an event when every report of the event
 * describes the same move (kind, body, from and to, where stated), all dated reports fall within the window of one
 * another (an undated report fits any date), and the claim shares a named person with the event or, when one side
 * names nobody, gives a compatible count. Among several such events the one with most people in common, then the
 * closest in date, wins.
 */
final class Corroboration {

    private final int windowDays;

    Corroboration(int windowDays) {
        this.windowDays = windowDays;
    }

    /** One existing event and the claims already merged into it. */
    record Candidate(long eventId, List<Claim> claims) {}

    Optional<Long> match(Claim claim, List<Candidate> candidates) {
        return candidates.stream()
                .filter(candidate -> fits(claim, candidate.claims()))
                .max(Comparator.comparingLong((Candidate c) -> overlap(claim, c.claims()))
                        .thenComparing(c -> -gap(claim, c.claims())))
                .map(Candidate::eventId);
    }

    boolean fits(Claim claim, List<Claim> reports) {
        for (Claim report : reports) {
            if (!claim.move().sameAs(report.move()) || claim.date().gapTo(report.date()) > windowDays) {
                return false;
            }
        }
        List<String> named = Names.union(reports.stream().map(Claim::people).toList());
        if (!claim.people().isEmpty() && !named.isEmpty()) {
            return Names.overlap(claim.people(), named) > 0;
        }
        return reports.stream().map(Claim::count).filter(Objects::nonNull)
                .allMatch(count -> compatible(count, claim.count()));
    }

    static boolean compatible(Integer a, Integer b) {
        if (a == null || b == null) {
            return true;
        }
        return Math.abs(a - b) <= Math.max(2, Math.max(a, b) / 4);
    }

    private static long overlap(Claim claim, List<Claim> reports) {
        return Names.overlap(claim.people(), Names.union(reports.stream().map(Claim::people).toList()));
    }

    private static long gap(Claim claim, List<Claim> reports) {
        return reports.stream().mapToLong(report -> claim.date().gapTo(report.date())).max().orElse(0);
    }
}
