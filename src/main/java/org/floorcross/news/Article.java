package org.floorcross.news;

import java.time.LocalDate;

/**
 * One news article, read and ready for extraction.
 *
 * @param id the file name without its extension, or a JSON Lines record's id
 * @param origin where it was read from (a path, or a path and line number), for messages
 * @param url the article's address if known, else null
 * @param published the publication date from a header or record, else null
 * @param text the article's text; evidence offsets index into it (the date header already removed)
 */
public record Article(String id, String origin, String url, LocalDate published, String text) {}
