package org.floorcross.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Adds up the reports of one event: each detail takes the value most articles give (ties go to the more confident
 * report; a count that only repeats how many are named gives way to a stated one), the date is the most precise any report supports, people are everyone named, and disagreements are kept as
 * {@link Conflict}s. Support is the chance that not every report is wrong: 1 - the product of (1 - confidence) over
 * the articles, so two independent reports of 0.6 give 0.84.
 */
final class Consensus {

    private Consensus() {
    }

    static ProposedEvent of(EventRow row, List<Claim> claims, Map<String, StoredArticle> articles) {
        Edit edit = row.edit();
        List<Conflict> conflicts = new ArrayList<>();
        List<Claim> stated = claims.stream().filter(Consensus::statesCount).toList();
        Integer count = pick("count", stated.isEmpty() ? claims : stated, Claim::count, conflicts);
        String group = pick("group", claims, Claim::group, conflicts);
        String from = pick("from", claims, c -> c.move().from(), conflicts);
        String to = pick("to", claims, c -> c.move().to(), conflicts);
        EventDate date = Dates.best(claims, conflicts);
        List<String> people = Names.union(claims.stream().map(Claim::people).toList());
        if (edit != null) {
            count = edit.count() == null ? count : edit.count();
            group = edit.group() == null ? group : edit.group();
            from = edit.from() == null ? from : edit.from();
            to = edit.to() == null ? to : edit.to();
            people = edit.people() == null ? people : edit.people();
            date = edit.date() == null ? date : EventDate.day(edit.date(), "set by an editor");
        }
        List<Report> reports = claims.stream().map(claim -> report(claim, articles.get(claim.contentHash()))).toList();
        return new ProposedEvent(row.id(), row.move().kind(), row.move().bodyId(), row.move().bodyName(), from, to,
                group, count, people, date, row.status(), support(claims), reports, conflicts,
                LedgerApplication.NOT_APPLIED.equals(row.appliedKey()) ? null : row.appliedKey());
    }

    /** A count no larger than the names given says only "as many as are named"; another report's count beats it. */
    private static boolean statesCount(Claim claim) {
        return claim.count() != null && claim.count() > claim.people().size();
    }

    static double support(List<Claim> claims) {
        Map<String, Double> byArticle = new LinkedHashMap<>();
        claims.forEach(claim -> byArticle.merge(claim.contentHash(), claim.confidence(), Math::max));
        double allWrong = byArticle.values().stream().mapToDouble(confidence -> 1 - confidence)
                .reduce(1, (a, b) -> a * b);
        return 1 - allWrong;
    }

    private static <T> T pick(String field, List<Claim> claims, Function<Claim, T> detail, List<Conflict> conflicts) {
        Map<T, List<Claim>> byValue = new LinkedHashMap<>();
        claims.stream().filter(claim -> detail.apply(claim) != null)
                .forEach(claim -> byValue.computeIfAbsent(detail.apply(claim), v -> new ArrayList<>()).add(claim));
        List<Map.Entry<T, List<Claim>>> ranked = byValue.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<T, List<Claim>> e) -> articles(e.getValue()).size())
                        .thenComparing(e -> e.getValue().stream().mapToDouble(Claim::confidence).max().orElse(0))
                        .reversed())
                .toList();
        if (ranked.size() > 1) {
            conflicts.add(new Conflict(field, ranked.stream()
                    .map(e -> new Conflict.Value(String.valueOf(e.getKey()), articles(e.getValue()))).toList()));
        }
        return ranked.isEmpty() ? null : ranked.getFirst().getKey();
    }

    static List<String> articles(List<Claim> claims) {
        return claims.stream().map(Claim::articleId).filter(Objects::nonNull).distinct().toList();
    }

    private static Report report(Claim claim, StoredArticle article) {
        Optional<StoredArticle> found = Optional.ofNullable(article);
        return new Report(claim.id(), claim.articleId(), found.map(StoredArticle::url).orElse(null),
                found.map(StoredArticle::published).orElse(null), found.map(StoredArticle::received).orElse(null),
                claim.count(), claim.people(), claim.group(), claim.date(), claim.confidence(), claim.evidence(),
                found.map(a -> a.sentences(claim.evidence())).orElse(List.of()));
    }
}
