package org.floorcross.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.floorcross.extract.ArticleExtraction;
import org.floorcross.extract.Evidence;
import org.floorcross.extract.ExtractedEvent;
import org.floorcross.news.Article;
import org.floorcross.register.Roster;
import org.floorcross.register.Seat;

/**
 * Test articles about a made-up council (Testshire) with the extractor's answers already known, and its rosters:
 * 44 seats, Labour 26 after the 2023 election. An extractor that fails on chosen articles stands in for a crash.
 */
final class Newsroom {

    static final String BODY = "E07999999";
    static final String NAME = "Testshire Borough Council";
    static final String LEADER = "Ada Leader";

    private final Map<String, ArticleExtraction> answers = new HashMap<>();

    Article article(String id, LocalDate published, String text, Integer count, List<String> people,
                    double confidence) {
        Article article = new Article(id, id + ".txt", null, published, text);
        ExtractedEvent event = new ExtractedEvent("defection", NAME, BODY, "Labour", "Independent", null, count,
                people, null, null, confidence, List.of(new Evidence(0, text.indexOf('.') + 1)));
        answers.put(text, new ArticleExtraction(id, published == null ? null : published.toString(), true,
                List.of(event)));
        return article;
    }

    Function<Article, ArticleExtraction> extractor() {
        return article -> answers.get(article.text());
    }

    /** Fails on the articles named, with the exception made for each. */
    Function<Article, ArticleExtraction> failingOn(Set<String> ids, Function<String, ? extends Throwable> failure) {
        return article -> {
            if (ids.contains(article.id())) {
                sneakyThrow(failure.apply(article.id()));
            }
            return answers.get(article.text());
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }

    static List<Roster> rosters(String bodyId) {
        if (!BODY.equals(bodyId)) {
            return List.of();
        }
        return List.of(roster(2022, "old", List.of("Conservative:30", "Labour:14")),
                roster(2023, "new", List.of("Labour:26", "Conservative:10", "Liberal Democrats:5", "Independent:3")));
    }

    private static Roster roster(int year, String prefix, List<String> blocs) {
        List<Seat> seats = new ArrayList<>();
        for (String bloc : blocs) {
            String party = bloc.substring(0, bloc.indexOf(':'));
            int count = Integer.parseInt(bloc.substring(bloc.indexOf(':') + 1));
            for (int i = 0; i < count; i++) {
                boolean leader = year == 2023 && party.equals("Labour") && i == 0;
                String name = leader ? LEADER : prefix + " " + party + " member " + i;
                seats.add(new Seat(name, "Ward " + i, party, party));
            }
        }
        return new Roster(BODY, LocalDate.of(year, 5, 5), true, seats, "test roster " + year);
    }
}
