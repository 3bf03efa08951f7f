package org.floorcross.review;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.floorcross.news.Article;
import org.jdbi.v3.core.Handle;

/** The stored articles, one row per distinct content. */
final class ArticleRows {

    private ArticleRows() {
    }

    static boolean exists(Handle handle, String contentHash) {
        return handle.createQuery("select count(*) from review_article where content_hash = :hash")
                .bind("hash", contentHash).mapTo(Integer.class).one() > 0;
    }

    static void insert(Handle handle, String contentHash, Article article, Instant now) {
        handle.createUpdate("""
                insert into review_article (content_hash, article_id, origin, url, published, body_text, ingested_at)
                values (:hash, :id, :origin, :url, :published, :text, :now)""")
                .bind("hash", contentHash).bind("id", article.id()).bind("origin", article.origin())
                .bind("url", article.url()).bind("published", article.published()).bind("text", article.text())
                .bind("now", now).execute();
    }

    static Map<String, StoredArticle> byHash(Handle handle, Collection<String> hashes) {
        Map<String, StoredArticle> found = new HashMap<>();
        if (hashes.isEmpty()) {
            return found;
        }
        handle.createQuery("""
                select content_hash, article_id, url, published, ingested_at, body_text from review_article
                where content_hash in (<hashes>)""")
                .bindList("hashes", hashes.stream().distinct().toList())
                .map((rs, ctx) -> new StoredArticle(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, java.time.LocalDate.class),
                        rs.getTimestamp(5).toLocalDateTime().toLocalDate(), rs.getString(6)))
                .forEach(article -> found.put(article.contentHash(), article));
        return found;
    }

    static int count(Handle handle) {
        return handle.createQuery("select count(*) from review_article").mapTo(Integer.class).one();
    }
}
