package org.floorcross.news;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The publication date a web page declares: meta tags, then JSON-LD {@code datePublished}, then {@code <time>}. */
final class HtmlDates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[property=og:published_time]", "meta[property=og:article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=dc.date]");

    private HtmlDates() {}

    static Optional<LocalDate> published(Document page) {
        for (String query : META) {
            for (Element meta : page.select(query)) {
                Optional<LocalDate> date = PublishedDates.parse(meta.attr("content"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return fromJsonLd(page).or(() -> fromTimeElements(page));
    }

    private static Optional<LocalDate> fromJsonLd(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            Optional<LocalDate> date = datePublished(script.data()).flatMap(PublishedDates::parse);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The first {@code datePublished} anywhere in a JSON-LD block; a block that is not valid JSON has none. */
    private static Optional<String> datePublished(String jsonLd) {
        try {
            JsonNode value = JSON.readTree(jsonLd).findValue("datePublished");
            return value == null ? Optional.empty() : Optional.of(value.asText());
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> fromTimeElements(Document page) {
        for (Element time : page.select("[itemprop=datePublished][datetime], time[datetime]")) {
            Optional<LocalDate> date = PublishedDates.parse(time.attr("datetime"));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }
}
