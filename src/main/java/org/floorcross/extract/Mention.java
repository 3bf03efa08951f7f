package org.floorcross.extract;

/**
 * A named entity or time expression the NLP stage found, with offsets into the article's text.
 *
 * @param type PERSON, LOCATION, ORGANIZATION, DATE, NUMBER...
 * @param start offset of its first character in the article
 * @param end offset just past it
 * @param text as written
 * @param normalized the normalized value (ISO date for DATE, the figure for NUMBER), or null
 */
record Mention(String type, int start, int end, String text, String normalized) {}
