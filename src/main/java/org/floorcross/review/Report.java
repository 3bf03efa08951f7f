package org.floorcross.review;

import java.time.LocalDate;
import java.util.List;
import org.floorcross.extract.Evidence;

/**
 * One article's report of a proposed event: what it says and the sentences that say it.
 *
 * @param claimId the stored claim
 * @param articleId the article's id
 * @param url the article's address, or null
 * @param published its publication date, or null
 * @param received the day floorcross stored it
 * @param count the count it gives, or null
 * @param people the people it names
 * @param group the group it names, or null
 * @param date the date it supports
 * @param confidence the extractor's confidence
 * @param evidence where the evidence sentences are in the article's text
 * @param sentences the evidence sentences, as the article has them
 */
public record Report(long claimId, String articleId, String url, LocalDate published, LocalDate received,
                     Integer count, List<String> people, String group, EventDate date, double confidence,
                     List<Evidence> evidence, List<String> sentences) {

    public Report {
        people = List.copyOf(people);
        evidence = List.copyOf(evidence);
        sentences = List.copyOf(sentences);
    }
}
