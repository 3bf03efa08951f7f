package org.floorcross.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.floorcross.register.Body;
import org.floorcross.register.BodyKind;
import org.floorcross.register.Membership;

/**
 * Merges an article's clues into stories (one per kind and compatible parties and bodies), settles what the clues
 * leave open (leaving a party without joining another means sitting as an independent; a suspended member sits as an
 * independent when the article says so) and places each story on its bodies.
 */
final class Stories {

    private final Directory directory;
    private final Placement placement;

    Stories(Directory directory) {
        this.directory = directory;
        this.placement = new Placement(directory);
    }

    List<ExtractedEvent> events(List<Clue> clues, ArticleContext context) {
        List<Story> stories = new ArrayList<>();
        boolean sittingIndependent = false;
        Set<String> independents = new LinkedHashSet<>();
        List<Sentence> unnamed = new ArrayList<>();
        for (Clue clue : clues) {
            if (clue.background()) {
                sittingIndependent |= "Independent".equals(clue.to());
                independents.addAll(clue.people());
                if ("Independent".equals(clue.to()) && clue.people().isEmpty()) {
                    unnamed.add(clue.sentence());
                }
                continue;
            }
            Clue placed = context.mainBody().isPresent() ? clue : place(clue, context.at());
            stories.stream().filter(s -> s.accepts(placed)).findFirst()
                    .ifPresentOrElse(s -> s.add(placed), () -> stories.add(new Story(placed)));
        }
        joinedFromIndependent(stories, independents);
        joinedFromIndependent(stories, unnamed);
        settle(stories, sittingIndependent);
        rejoinsAfterLeaving(stories);
        return placement.events(stories, context);
    }

    /** Someone the article says had been sitting as an independent joins a party from Independent. */
    private static void joinedFromIndependent(List<Story> stories, Set<String> independents) {
        for (Story story : stories) {
            if (story.kind == Cue.Kind.DEFECTION && story.from == null && story.to != null
                    && !story.to.equals("Independent") && !story.people.isEmpty()
                    && independents.containsAll(story.people)) {
                story.from = "Independent";
            }
        }
    }

    /** "All four had been sitting as independents" shortly after a join: the joiners came from Independent. */
    private static void joinedFromIndependent(List<Story> stories, List<Sentence> unnamed) {
        for (Story story : stories) {
            if (story.kind == Cue.Kind.DEFECTION && story.from == null && story.to != null
                    && !story.to.equals("Independent") && story.clues.stream().map(Clue::sentence).anyMatch(
                            told -> unnamed.stream().anyMatch(s -> s.index() > told.index() && s.index() <= told.index() + 2))) {
                story.from = "Independent";
            }
        }
    }

    /**
     * Beside a reinstatement to a party, "will rejoin the Labour group" is the reinstatement itself, and "ending months
     * in which she sat as an independent" the spell it ends: the reinstatement is then from Independent.
     */
    private static void rejoinedAfterReinstatement(List<Story> stories) {
        for (Story reinstatement : stories.stream().filter(s -> s.kind == Cue.Kind.REINSTATEMENT && s.to != null).toList()) {
            stories.removeIf(s -> s.kind == Cue.Kind.DEFECTION && s.from == null && reinstatement.to.equals(s.to)
                    && sameBodies(s, reinstatement) && foldPeople(reinstatement, s));
            if (stories.removeIf(s -> s.kind == Cue.Kind.DEFECTION && s.sitsAsOnly() && "Independent".equals(s.to)
                    && (s.from == null || s.from.equals(reinstatement.to)) && sameBodies(s, reinstatement)
                    && sameMovers(s, reinstatement) && foldPeople(reinstatement, s)) && reinstatement.from == null) {
                reinstatement.from = "Independent";
            }
        }
    }

    /**
     * One mover told both as leaving a party for another and as an independent joining it ("Former Tory MSP X joins
     * the Lib Dems"; "X, who walked out of the Tories earlier this summer, has joined"): they left first, so the move
     * is from Independent.
     */
    private static void rejoinsAfterLeaving(List<Story> stories) {
        for (Story joined : stories.stream().filter(s -> s.kind == Cue.Kind.DEFECTION && "Independent".equals(s.from)
                && s.to != null && !s.to.equals("Independent")).toList()) {
            stories.removeIf(s -> s != joined && s.kind == Cue.Kind.DEFECTION && joined.to.equals(s.to) && s.from != null
                    && !s.people.isEmpty() && joined.people.containsAll(s.people) && sameBodies(s, joined)
                    && foldPeople(joined, s));
        }
    }

    /** Whether a story is about the reinstated: nobody else named, or told in the same sentence. */
    private static boolean sameMovers(Story story, Story reinstatement) {
        return story.people.isEmpty() || reinstatement.people.containsAll(story.people) || story.clues.stream()
                .anyMatch(c -> reinstatement.clues.stream().anyMatch(r -> r.sentence().index() == c.sentence().index()));
    }

    private static boolean foldPeople(Story into, Story from) {
        into.people.addAll(from.people);
        into.clues.addAll(from.clues);
        from.bodies.forEach(into.bodies::putIfAbsent);
        return true;
    }

    private static void settle(List<Story> stories, boolean sittingIndependent) {
        rejoinedAfterReinstatement(stories);
        boolean reinstated = stories.stream().anyMatch(s -> s.kind == Cue.Kind.REINSTATEMENT && s.to != null);
        List<Story> suspensions = stories.stream().filter(s -> s.kind == Cue.Kind.SUSPENSION && s.from != null).toList();
        stories.removeIf(s -> s.kind == Cue.Kind.SUSPENSION && (s.from == null || reinstated || stories.stream()
                .anyMatch(d -> d.kind == Cue.Kind.DEFECTION && s.from.equals(d.from) && !d.sitsAsOnly()
                        && samePeople(s, d))));
        stories.removeIf(s -> s.kind == Cue.Kind.REINSTATEMENT && s.to == null);
        if (!suspensions.isEmpty() && !reinstated) {
            stories.removeIf(s -> s.kind == Cue.Kind.DEFECTION && s.sitsAsOnly()
                    && (s.from == null || suspensions.get(0).from.equals(s.from)) && foldInto(suspensions.get(0), s));
        }
        stories.removeIf(s -> joinedWhatWasLeft(s, stories));
        for (Story story : stories) {
            if (story.kind == Cue.Kind.REINSTATEMENT && story.from == null && sittingIndependent) {
                story.from = "Independent";
            }
            if (story.kind == Cue.Kind.DEFECTION && story.from == null) {
                story.from = stories.stream().filter(s -> s != story && s.kind == Cue.Kind.DEFECTION && s.from != null
                        && !s.from.equals(story.to) && sameBodies(s, story)).map(s -> s.from).findFirst().orElse(null);
            }
            if (story.kind == Cue.Kind.DEFECTION && story.to == null && (story.from != null || story.group != null)) {
                story.to = "Independent";
            }
        }
        boolean sanctions = stories.stream().anyMatch(s -> s.kind != Cue.Kind.DEFECTION);
        stories.removeIf(s -> s.kind == Cue.Kind.DEFECTION && s.sitsAsOnly() && s.from == null && sanctions);
        stories.removeIf(s -> s.kind == Cue.Kind.DEFECTION && (s.from == null && s.to == null
                || s.from != null && s.from.equals(s.to) && s.group == null));
        mergeEqual(stories);
    }

    /** "I joined Labour because...": joining the party the article's movers left, by them or no one named, is history. */
    static boolean joinedWhatWasLeft(Story story, List<Story> stories) {
        return story.kind == Cue.Kind.DEFECTION && story.from == null && story.to != null && story.count == null
                && stories.stream().anyMatch(d -> d != story && d.kind == Cue.Kind.DEFECTION
                && story.to.equals(d.from) && sameBodies(d, story) && d.people.containsAll(story.people));
    }

    /** Whether two stories may be on the same bodies: one names none, or they share one. */
    private static boolean sameBodies(Story a, Story b) {
        return a.bodies.isEmpty() || b.bodies.isEmpty() || a.bodies.keySet().stream().anyMatch(b.bodies::containsKey);
    }

    /** Whether two stories may be about the same people: one names nobody, or they share someone. */
    private static boolean samePeople(Story a, Story b) {
        return a.people.isEmpty() || b.people.isEmpty() || a.people.stream().anyMatch(b.people::contains);
    }

    private static boolean foldInto(Story suspension, Story sitsAs) {
        suspension.to = "Independent";
        suspension.people.addAll(sitsAs.people);
        suspension.clues.addAll(sitsAs.clues);
        sitsAs.bodies.forEach(suspension.bodies::putIfAbsent);
        return true;
    }

    /** Stories that settled to the same kind, parties and bodies are one. */
    private static void mergeEqual(List<Story> stories) {
        for (int i = 0; i < stories.size(); i++) {
            for (int j = stories.size() - 1; j > i; j--) {
                Story a = stories.get(i);
                Story b = stories.get(j);
                if (a.kind == b.kind && java.util.Objects.equals(a.from, b.from) && java.util.Objects.equals(a.to, b.to)
                        && (a.bodies.isEmpty() || b.bodies.isEmpty() || a.bodies.keySet().equals(b.bodies.keySet()))) {
                    b.clues.forEach(a::add);
                    stories.remove(j);
                }
            }
        }
    }

    /**
     * Gives a clue whose sentence names no body the body its people sit on, when the rosters agree on one; only for
     * articles that name no body at all, since a namesake's seat must not outrank what the article says.
     */
    private Clue place(Clue clue, LocalDate at) {
        if (!clue.bodies().isEmpty() || clue.people().isEmpty()) {
            return clue;
        }
        Set<String> ids = new LinkedHashSet<>();
        List<BodyRef> refs = new ArrayList<>();
        for (String person : clue.people()) {
            List<Body> seats = seats(directory, person, at);
            if (seats.isEmpty()) {
                return clue;
            }
            for (Body body : seats) {
                if (ids.add(body.id())) {
                    refs.add(new BodyRef(body.name(), body));
                }
            }
        }
        return refs.size() == 1 ? clue.withBodies(refs) : clue;
    }

    static List<Body> seats(Directory directory, String person, LocalDate at) {
        return directory.members(person, at).stream().map(Membership::body)
                .filter(b -> BodyFinder.principal(b.kind()) || b.kind() == BodyKind.PARLIAMENT).distinct().toList();
    }
}
