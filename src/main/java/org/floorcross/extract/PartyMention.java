package org.floorcross.extract;

/**
 * A party, group or "independent" named in a sentence.
 *
 * @param start offset in the sentence
 * @param end offset just past it
 * @param text as written
 * @param canonical the canonical bloc name (Labour, Conservative, Independent) or a local group's name
 * @param group whether it names a local group rather than a registered party or plain independence
 */
record PartyMention(int start, int end, String text, String canonical, boolean group) {

    boolean independent() {
        return "Independent".equals(canonical);
    }
}
