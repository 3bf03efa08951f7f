package org.floorcross.extract;

/**
 * One sentence of an article.
 *
 * @param index its position among the article's sentences
 * @param start offset of its first character in the article's text
 * @param end offset just past its last character
 * @param text the characters between them
 */
record Sentence(int index, int start, int end, String text) {

    Evidence evidence() {
        return new Evidence(start, end);
    }
}
