package org.floorcross.extract;

/**
 * A body named in an article.
 *
 * @param start offset in the article
 * @param end offset just past it
 * @param ref the body it denotes
 * @param explicit whether the article names the council itself rather than a place or a title (MP, MSP)
 */
record BodyMention(int start, int end, BodyRef ref, boolean explicit) {}
