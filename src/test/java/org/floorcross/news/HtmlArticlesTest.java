package org.floorcross.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticlesTest {

    @TempDir
    Path dir;

    private Article readOne(String name, String html) throws Exception {
        List<Article> articles = new ArrayList<>();
        ReadReport report = new NewsReader().read(List.of(Files.writeString(dir.resolve(name), html)), articles::add);
        assertThat(report.problems()).isEmpty();
        assertThat(articles).hasSize(1);
        return articles.getFirst();
    }

    @Test
    void takesArticleTextMetaDateAndCanonicalUrl() throws Exception {
        Article article = readOne("page-1.html", """
                <!doctype html><html><head>
                <meta property="article:published_time" content="2024-03-05T18:30:00+00:00">
                <link rel="canonical" href="https://news.example/story-1">
                <script>var tracking = 1;</script></head>
                <body><nav>Home | Politics</nav>
                <article><h1>Councillors quit</h1>
                <p>Four   councillors <b>left</b> the party.</p>
                <figure><img src="x.jpg"><figcaption>A photo caption</figcaption></figure>
                <p>They will sit<br>as independents.</p>
                <aside>Related: other stories</aside><form>Subscribe</form></article>
                <footer>Copyright</footer></body></html>
                """);

        assertThat(article.id()).isEqualTo("page-1");
        assertThat(article.url()).isEqualTo("https://news.example/story-1");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(article.text()).isEqualTo(
                "Councillors quit\n\nFour councillors left the party.\n\nThey will sit\n\nas independents.");
    }

    @Test
    void takesDateFromJsonLdAndUrlFromOpenGraph() throws Exception {
        Article article = readOne("page-2.htm", """
                <html><head><meta property="og:url" content="https://news.example/two">
                <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-10-09T07:00:00+0100"}</script>
                </head><body><div itemprop="articleBody"><p>One.</p><p>Two.</p></div><p>Outside.</p></body></html>
                """);

        assertThat(article.url()).isEqualTo("https://news.example/two");
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 10, 9));
        assertThat(article.text()).isEqualTo("One.\n\nTwo.");
    }

    @Test
    void fallsBackToBodyWithoutPageFurnitureAndReadsTimeElement() throws Exception {
        Article article = readOne("page-3.html", """
                <html><body><header>Site name</header><nav>Menu</nav>
                <time datetime="2022-06-01">1 June</time>
                <div>A group of five formed.</div><style>p{}</style>
                <footer>About us</footer></body></html>
                """);

        assertThat(article.published()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(article.url()).isNull();
        assertThat(article.text()).isEqualTo("1 June\n\nA group of five formed.");
    }

    @Test
    void prefersMainOverRestOfBody() throws Exception {
        Article article = readOne("page-4.html",
                "<html><body><div>Sidebar text</div><main><p>Main story.</p></main></body></html>");

        assertThat(article.text()).isEqualTo("Main story.");
        assertThat(article.published()).isNull();
    }

    @Test
    void recognisesHtmlContentWithoutHtmlExtension() throws Exception {
        Article article = readOne("saved.txt", "<!DOCTYPE html><html><body><article><p>Saved page.</p></article>");

        assertThat(article.id()).isEqualTo("saved");
        assertThat(article.text()).isEqualTo("Saved page.");
    }
}
