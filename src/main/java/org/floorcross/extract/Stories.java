package org.floorcross.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.floorcross.register.Body;
import org.floorcross.register.Membership;

/**
 * Merges an article's clues into stories (one per kind and compatible parties and bodies), places each on its bodies
 * (named in the sentences, found from the people's seats in the rosters, or the article's main council) and turns them
 * into events: one per (kind, body, from, to).
 */
final class Stories {

    private final Directory directory;

    Stories(Directory directory) {
        this.directory = directory;
    }

    List<ExtractedEvent> events(List<Clue> clues, ArticleContext context) {
        List<Story> stories = new ArrayList<>();
        for (Clue clue : clues) {
            Clue placed = place(clue, context.at());
            stories.stream().filter(s -> s.accepts(placed)).findFirst()
                    .ifPresentOrElse(s -> s.add(placed), () -> stories.add(new Story(placed)));
        }
        List<ExtractedEvent> events = new ArrayList<>();
        for (Story story : stories) {
            if (story.to == null && story.group != null) {
                story.to = "Independent";
            }
            boolean pointless = story.kind == Cue.Kind.DEFECTION
                    && (story.from == null && story.to == null || story.from != null && story.from.equals(story.to));
            if (!pointless) {
                events.addAll(toEvents(story, context));
            }
        }
        return events;
    }

    /** Gives a clue whose sentence names no body the body its people sit on, when the rosters agree on one. */
    private Clue place(Clue clue, LocalDate at) {
        if (!clue.bodies().isEmpty() || clue.people().isEmpty()) {
            return clue;
        }
        Set<String> ids = new LinkedHashSet<>();
        List<BodyRef> refs = new ArrayList<>();
        for (String person : clue.people()) {
            for (Body body : seats(person, at)) {
                if (ids.add(body.id())) {
                    refs.add(new BodyRef(body.name(), body));
                }
            }
        }
        return refs.size() == 1 ? new Clue(clue.kind(), clue.from(), clue.to(), clue.group(), clue.count(),
                clue.people(), refs, clue.sentence(), clue.strength(), clue.date(), clue.datePrecision()) : clue;
    }

    private List<Body> seats(String person, LocalDate at) {
        return directory.members(person, at).stream().map(Membership::body)
                .filter(b -> BodyFinder.principal(b.kind()) || b.kind() == org.floorcross.register.BodyKind.PARLIAMENT)
                .distinct().toList();
    }

    private List<ExtractedEvent> toEvents(Story story, ArticleContext context) {
        List<BodyRef> bodies = new ArrayList<>(story.bodies.values());
        boolean fallback = bodies.isEmpty();
        if (fallback) {
            context.mainBody().ifPresent(bodies::add);
        }
        if (bodies.isEmpty()) {
            return List.of();
        }
        BodyRef principal = bodies.stream().filter(b -> !b.parish()).findFirst().orElse(bodies.get(0));
        List<String> people = new ArrayList<>(story.people);
        context.titledPeople().stream().filter(p -> !people.contains(p) && joins(p, story, context)).forEach(people::add);
        List<ExtractedEvent> events = new ArrayList<>();
        for (BodyRef body : bodies) {
            List<String> onBody = people.stream().filter(p -> sitsOn(p, body, bodies, principal, context.at())).toList();
            Integer count = bodies.size() > 1 ? null : story.count != null ? story.count
                    : onBody.isEmpty() ? null : onBody.size();
            double confidence = Math.max(0.05, Math.min(0.99, story.strength + (story.from != null ? 0.05 : 0)
                    + (story.to != null ? 0.05 : 0) - (fallback ? 0.1 : 0)));
            events.add(new ExtractedEvent(story.kind.label, body.name(), body.id(), story.from, story.to, story.group,
                    count, onBody, story.date(), story.datePrecision(), Math.round(confidence * 100) / 100.0,
                    evidence(story)));
        }
        return events;
    }

    /** Whether a councillor named elsewhere in the article is one of the movers: their seat says so. */
    private boolean joins(String person, Story story, ArticleContext context) {
        List<Membership> seats = directory.members(person, context.at());
        return seats.stream().anyMatch(m -> story.bodies.isEmpty() ? context.mainBody().map(BodyRef::key)
                .filter(k -> k.equals(m.body().id())).isPresent() : story.bodies.containsKey(m.body().id()))
                && seats.stream().anyMatch(m -> story.from == null || story.from.equals(m.seat().party()));
    }

    /** A person sits on the bodies the rosters place them on among the story's, else on its principal body. */
    private boolean sitsOn(String person, BodyRef body, List<BodyRef> bodies, BodyRef principal, LocalDate at) {
        List<String> seatIds = seats(person, at).stream().map(Body::id).toList();
        boolean placed = bodies.stream().anyMatch(b -> seatIds.contains(b.id()));
        return placed ? seatIds.contains(body.id()) : body == principal;
    }

    private static List<Evidence> evidence(Story story) {
        return story.clues.stream().map(Clue::sentence).distinct().sorted(Comparator.comparingInt(Sentence::start))
                .map(Sentence::evidence).toList();
    }
}
