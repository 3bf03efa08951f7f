package org.floorcross.review;

import java.util.List;
import org.floorcross.extract.Evidence;

/**
 * What one article says about one move, as stored: the extractor's event, dated, with the article it came from.
 * {@code id} and {@code eventId} are 0 before the claim is stored.
 */
record Claim(long id, String contentHash, String articleId, int ordinal, long eventId, Move move, String group,
             Integer count, List<String> people, EventDate date, double confidence, List<Evidence> evidence) {

    Claim {
        people = List.copyOf(people);
        evidence = List.copyOf(evidence);
    }

    Claim stored(long newId, long newEventId) {
        return new Claim(newId, contentHash, articleId, ordinal, newEventId, move, group, count, people, date,
                confidence, evidence);
    }
}
