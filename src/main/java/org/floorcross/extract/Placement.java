package org.floorcross.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.floorcross.register.Body;
import org.floorcross.register.Membership;

/**
 * Turns settled stories into events, one per (kind, body, from, to): bodies named, else the article's main council;
 * a mover who "also sits on" another body and leaves "on both" adds that body; people go to the bodies the rosters
 * seat them on, else to the story's principal body; counts as stated, split by the people named when they add up.
 */
final class Placement {

    private static final Pattern DUAL = Pattern.compile("\\b(?:also|too)\\b.*\\b(?:sits?|serves?|sitting|serving) on\\b"
            + "|\\b(?:sits?|serves?) on\\b.*\\b(?:also|too)\\b|\\bboth (?:councils|authorities|bodies)\\b"
            + "|\\b(?:sits?|serves?) on (?:[^.;]*?Council,? ){1,3}and [^.;]*?Council\\b");

    private static final Pattern PER_BODY = Pattern.compile("\\b(\\d{1,3}|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
            + "(?: [a-z]+)?(?: councillors| members| cllrs| of them)? (?:on|from|at|in) (?:the )?$",
            Pattern.CASE_INSENSITIVE);

    private final Directory directory;

    Placement(Directory directory) {
        this.directory = directory;
    }

    List<ExtractedEvent> events(List<Story> stories, ArticleContext context) {
        Map<Story, Map<BodyRef, List<String>>> placed = new LinkedHashMap<>();
        for (Story story : stories) {
            List<BodyRef> bodies = new ArrayList<>(story.bodies.values());
            if (bodies.isEmpty()) {
                context.mainBody().ifPresent(bodies::add);
            }
            if (!bodies.isEmpty()) {
                placed.put(story, people(story, bodies, context));
            }
        }
        List<ExtractedEvent> events = new ArrayList<>();
        placed.forEach((story, bodies) -> bodies.forEach((body, people) -> {
            Integer count = count(story, people, placed);
            if (count == null && bodies.size() > 1) {
                count = perBody(story, body, context);
            }
            events.add(event(story, body, people, count, bodies.size() == 1 && story.bodies.isEmpty()));
        }));
        return events;
    }

    private Map<BodyRef, List<String>> people(Story story, List<BodyRef> bodies, ArticleContext context) {
        List<String> movers = new ArrayList<>(story.people);
        context.titledPeople().stream().filter(p -> !movers.contains(p) && seatedOnStory(p, story, bodies, context))
                .forEach(movers::add);
        Map<BodyRef, List<String>> byBody = new LinkedHashMap<>();
        bodies.forEach(b -> byBody.put(b, new ArrayList<>()));
        BodyRef principal = bodies.stream().filter(b -> !b.parish()).findFirst().orElse(bodies.get(0));
        boolean alone = movers.size() == 1 && (story.count == null || story.count == 1);
        for (String person : movers) {
            if (alone) {
                bodies.forEach(b -> byBody.get(b).add(person));
            }
            List<String> seatIds = Stories.seats(directory, person, context.at()).stream().map(Body::id).toList();
            List<BodyRef> seated = bodies.stream().filter(b -> b.id() != null && seatIds.contains(b.id())).toList();
            (seated.isEmpty() ? List.of(principal) : seated).forEach(b -> byBody.get(b).add(person));
            dualBodies(person, context).forEach(b -> byBody.computeIfAbsent(b, k -> new ArrayList<>()).add(person));
        }
        return merged(byBody);
    }

    /** A count stated right before the body in one of the story's sentences ("nine councillors on X"). */
    private static Integer perBody(Story story, BodyRef body, ArticleContext context) {
        for (Clue clue : story.clues) {
            Sentence sentence = clue.sentence();
            for (BodyMention mention : context.bodies()) {
                if (mention.ref().key().equals(body.key()) && mention.start() >= sentence.start()
                        && mention.end() <= sentence.end()) {
                    var m = PER_BODY.matcher(sentence.text().substring(0, mention.start() - sentence.start()));
                    if (m.find()) {
                        return Counts.value(m.group(1));
                    }
                }
            }
        }
        return null;
    }

    /** Bodies a sentence says the person also sits on, when the move applies on both. */
    private static List<BodyRef> dualBodies(String person, ArticleContext context) {
        String surname = person.substring(person.lastIndexOf(' ') + 1);
        List<BodyRef> found = new ArrayList<>();
        for (Sentence sentence : context.sentences()) {
            if (sentence.text().contains(surname) && DUAL.matcher(sentence.text()).find()) {
                context.bodies().stream().filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()
                        && m.explicit() && !m.ref().parliament()).map(BodyMention::ref).forEach(found::add);
            }
        }
        return found;
    }

    private static Map<BodyRef, List<String>> merged(Map<BodyRef, List<String>> byBody) {
        Map<String, BodyRef> byKey = new LinkedHashMap<>();
        Map<BodyRef, List<String>> out = new LinkedHashMap<>();
        byBody.forEach((body, people) -> {
            BodyRef key = byKey.computeIfAbsent(body.key(), k -> body);
            List<String> list = out.computeIfAbsent(key, k -> new ArrayList<>());
            people.stream().filter(p -> !list.contains(p)).forEach(list::add);
        });
        return out;
    }

    /** Whether a councillor named elsewhere in the article is one of the movers: their seat and party say so. */
    private boolean seatedOnStory(String person, Story story, List<BodyRef> bodies, ArticleContext context) {
        List<Membership> seats = directory.members(person, context.at());
        return seats.stream().anyMatch(m -> bodies.stream().anyMatch(b -> m.body().id().equals(b.id()))
                && (story.from == null || story.from.equals(m.seat().party())));
    }

    private static Integer count(Story story, List<String> people,
                                 Map<Story, Map<BodyRef, List<String>>> placed) {
        if (story.count != null && placed.get(story).size() == 1 && countedOn(story, placed.get(story).keySet())) {
            return story.count;
        }
        List<List<String>> family = new ArrayList<>();
        Integer stated = null;
        for (var entry : placed.entrySet()) {
            Story other = entry.getKey();
            if (other.kind == story.kind && Objects.equals(other.from, story.from)) {
                family.addAll(entry.getValue().values());
                stated = stated != null ? stated : other.count;
            }
        }
        if (family.size() == 1) {
            return stated != null ? stated : people.isEmpty() ? null : people.size();
        }
        int sum = family.stream().mapToInt(List::size).sum();
        final Integer total = stated;
        boolean accounted = total == null || sum == total || family.stream().anyMatch(p -> p.size() == total)
                || family.stream().noneMatch(List::isEmpty);
        return accounted && !people.isEmpty() ? Integer.valueOf(people.size()) : null;
    }

    /** Whether the sentence stating the story's count names its one body, and only that ("twenty on X Council"). */
    private static boolean countedOn(Story story, java.util.Set<BodyRef> bodies) {
        BodyRef body = bodies.iterator().next();
        return story.clues.stream().filter(c -> story.count.equals(c.count())).findFirst()
                .map(c -> !c.bodies().isEmpty() && c.bodies().stream().allMatch(b -> b.key().equals(body.key())))
                .orElse(false);
    }

    private static ExtractedEvent event(Story story, BodyRef body, List<String> people, Integer count,
                                        boolean fallback) {
        double confidence = Math.max(0.05, Math.min(0.99, story.strength + (story.from != null ? 0.05 : 0)
                + (story.to != null ? 0.05 : 0) - (fallback ? 0.1 : 0)));
        List<Evidence> evidence = story.clues.stream().map(Clue::sentence).distinct()
                .sorted(Comparator.comparingInt(Sentence::start)).map(Sentence::evidence).toList();
        return new ExtractedEvent(story.kind.label, body.name(), body.id(), story.from, story.to, story.group, count,
                people, story.date(), story.datePrecision(), Math.round(confidence * 100) / 100.0, evidence);
    }
}
