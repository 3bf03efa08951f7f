package org.floorcross.news;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML articles: the main text only (the {@code <article>}, else the element marked as the article body, else
 * {@code <main>}, else the body without navigation, headers, footers, asides, forms and captions), paragraphs
 * separated by blank lines; the address from the canonical link and the date from the page's metadata.
 */
final class HtmlArticles {

    private static final String NOISE =
            "script, style, noscript, template, nav, aside, form, figcaption, iframe, svg, button, select, footer";
    private static final String PAGE_FURNITURE = "header";
    private static final List<String> URL_SOURCES = List.of(
            "link[rel=canonical][href]", "meta[property=og:url][content]");

    private HtmlArticles() {}

    static void parse(String origin, String id, String html, Consumer<Article> articles, Consumer<Problem> problems) {
        Document page = Jsoup.parse(html);
        String url = url(page).orElse(null);
        LocalDate published = HtmlDates.published(page).orElse(null);
        page.select(NOISE).remove();
        String text = Paragraphs.of(mainText(page));
        if (text.isBlank()) {
            problems.accept(new Problem(origin, "no article text found in the HTML"));
            return;
        }
        articles.accept(new Article(id, origin, url, published, text));
    }

    private static Element mainText(Document page) {
        Optional<Element> article = page.select("article").stream()
                .max(Comparator.comparingInt(element -> element.text().length()));
        if (article.isPresent()) {
            return article.get();
        }
        for (String query : List.of("[itemprop=articleBody]", "main")) {
            Element found = page.selectFirst(query);
            if (found != null) {
                return found;
            }
        }
        page.select(PAGE_FURNITURE).remove();
        return page.body();
    }

    private static Optional<String> url(Document page) {
        for (String query : URL_SOURCES) {
            Element found = page.selectFirst(query);
            if (found != null) {
                String value = found.hasAttr("href") ? found.attr("href") : found.attr("content");
                if (!value.isBlank()) {
                    return Optional.of(value.strip());
                }
            }
        }
        return Optional.empty();
    }
}
