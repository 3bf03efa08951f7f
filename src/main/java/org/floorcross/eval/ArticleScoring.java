package org.floorcross.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.floorcross.extract.ArticleExtraction;
import org.floorcross.extract.ExtractedEvent;

/** Scores one article: matches its predicted events to gold, then compares counts and people of each matched pair. */
final class ArticleScoring {

    private static final List<String> FIELDS = List.of("kind", "body", "from", "to");

    private final Tally tally;

    ArticleScoring(Tally tally) {
        this.tally = tally;
    }

    ArticleScore absent(GoldArticle gold) {
        List<Miss> misses = new ArrayList<>(List.of(new Miss.AbsentFromOutput()));
        gold.events().forEach(event -> misses.add(new Miss.MissingEvent(event.key())));
        tally.eventsExpected += gold.events().size();
        tally.missingOutright += gold.events().size();
        tally.relevanceJudged++;
        tally.negatives += gold.relevant() ? 0 : 1;
        return new ArticleScore(gold.id(), misses);
    }

    ArticleScore score(GoldArticle gold, ArticleExtraction output) {
        List<Miss> misses = new ArrayList<>();
        tally.relevanceJudged++;
        if (gold.relevant() == output.relevant()) {
            tally.relevanceCorrect++;
        } else {
            misses.add(new Miss.WrongRelevance(gold.relevant(), output.relevant()));
        }
        if (!gold.relevant()) {
            tally.negatives++;
            tally.negativesClean += output.events().isEmpty() ? 1 : 0;
        }
        matchEvents(gold.events(), output.events(), misses);
        return new ArticleScore(gold.id(), misses);
    }

    private void matchEvents(List<GoldEvent> gold, List<ExtractedEvent> predicted, List<Miss> misses) {
        tally.eventsExpected += gold.size();
        tally.eventsPredicted += predicted.size();
        List<ExtractedEvent> unmatched = new ArrayList<>(predicted);
        for (GoldEvent expected : gold) {
            ExtractedEvent found = unmatched.stream().filter(event -> expected.key().matches(key(event)))
                    .findFirst().orElse(null);
            if (found == null) {
                misses.add(new Miss.MissingEvent(expected.key()));
            } else {
                unmatched.remove(found);
                tally.eventsMatched++;
                comparePair(expected, found, misses);
            }
        }
        pairNearMisses(misses, unmatched);
    }

    /**
     * Turns a missing gold event and an extra prediction that agree on at least two of kind, body, from and to into
     * one miss naming the fields that differ; the rest stay missing or extra.
     */
    private void pairNearMisses(List<Miss> misses, List<ExtractedEvent> unmatched) {
        List<ExtractedEvent> extra = new ArrayList<>(unmatched);
        for (int i = 0; i < misses.size(); i++) {
            if (!(misses.get(i) instanceof Miss.MissingEvent missing)) {
                continue;
            }
            ExtractedEvent nearest = extra.stream().filter(e -> agreement(missing.event(), key(e)) >= 2)
                    .max(java.util.Comparator.comparingInt(e -> agreement(missing.event(), key(e)))).orElse(null);
            if (nearest == null) {
                tally.missingOutright++;
                continue;
            }
            extra.remove(nearest);
            EventKey found = key(nearest);
            List<String> fields = differing(missing.event(), found);
            fields.forEach(field -> tally.confuse(field, value(missing.event(), field), value(found, field)));
            misses.set(i, new Miss.WrongFields(missing.event(), found, fields));
        }
        tally.extraOutright += extra.size();
        extra.forEach(event -> misses.add(new Miss.ExtraEvent(key(event))));
    }

    private static int agreement(EventKey a, EventKey b) {
        return FIELDS.size() - differing(a, b).size();
    }

    private static List<String> differing(EventKey a, EventKey b) {
        return FIELDS.stream().filter(f -> !Objects.equals(EventKey.normalise(value(a, f)),
                EventKey.normalise(value(b, f)))).toList();
    }

    private static String value(EventKey key, String field) {
        return switch (field) {
            case "kind" -> key.kind();
            case "body" -> key.body();
            case "from" -> key.from();
            default -> key.to();
        };
    }

    private void comparePair(GoldEvent expected, ExtractedEvent actual, List<Miss> misses) {
        if (expected.count() != null) {
            tally.countsJudged++;
            if (Objects.equals(expected.count(), actual.count())) {
                tally.countsCorrect++;
            } else {
                misses.add(new Miss.WrongCount(expected.key(), expected.count(), actual.count()));
            }
        }
        Map<String, String> goldNames = names(expected.people());
        Map<String, String> foundNames = names(actual.people());
        tally.peopleExpected += goldNames.size();
        tally.peoplePredicted += foundNames.size();
        tally.peopleMatched += (int) goldNames.keySet().stream().filter(foundNames::containsKey).count();
        List<String> missing = absentFrom(goldNames, foundNames);
        List<String> extra = absentFrom(foundNames, goldNames);
        if (!missing.isEmpty()) {
            misses.add(new Miss.MissingPeople(expected.key(), missing));
        }
        if (!extra.isEmpty()) {
            misses.add(new Miss.ExtraPeople(expected.key(), extra));
        }
    }

    private static EventKey key(ExtractedEvent event) {
        return new EventKey(event.kind(), event.body(), event.from(), event.to());
    }

    /** Names by their normalised form (case and spacing ignored), first spelling kept, duplicates dropped. */
    private static Map<String, String> names(List<String> people) {
        Map<String, String> names = new LinkedHashMap<>();
        people.stream().filter(Objects::nonNull).filter(name -> !name.isBlank())
                .forEach(name -> names.putIfAbsent(EventKey.normalise(name), name.strip()));
        return names;
    }

    private static List<String> absentFrom(Map<String, String> these, Map<String, String> others) {
        return these.entrySet().stream().filter(entry -> !others.containsKey(entry.getKey()))
                .map(Map.Entry::getValue).toList();
    }
}
