package org.floorcross.news;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles with an optional first-line header: a space, the word {@code date}, a space, an ISO date, then
 * a space or line break before the body. The header is removed; evidence offsets index into what follows it.
 */
final class PlainTextArticles {

    private static final Pattern HEADER = Pattern.compile("\\A date (\\S*)(?: |\\R|\\z)");

    private PlainTextArticles() {}

    static void parse(String origin, String id, String content, Consumer<Article> articles,
                      Consumer<Problem> problems) {
        Matcher header = HEADER.matcher(content);
        LocalDate published = null;
        String text = content;
        if (header.find()) {
            Optional<LocalDate> date = isoDate(header.group(1));
            if (date.isPresent()) {
                published = date.get();
                text = content.substring(header.end());
            } else {
                problems.accept(new Problem(origin, "malformed date header '" + header.group(1)
                        + "' (expected ' date YYYY-MM-DD ' before the text); read without a date"));
            }
        }
        if (text.isBlank()) {
            problems.accept(new Problem(origin, "no article text"));
            return;
        }
        articles.accept(new Article(id, origin, null, published, text));
    }

    private static Optional<LocalDate> isoDate(String value) {
        return value.length() == 10 ? PublishedDates.parse(value) : Optional.empty();
    }
}
