package org.floorcross.review;

import java.time.LocalDate;
import java.util.List;

/**
 * One article's report of a proposed event: what it says and the sentences that say it.
 *
 * @param claimId the stored claim
 * @param articleId the article's id
 * @param url the article's address, or null
 * @param published its publication date, or null
 * @param count the count it gives, or null
 * @param people the people it names
 * @param group the group it names, or null
 * @param date the date it supports
 * @param confidence the extractor's confidence
 * @param sentences the evidence sentences, as the article has them
 */
public record Report(long claimId, String articleId, String url, LocalDate published, Integer count,
                     List<String> people, String group, EventDate date, double confidence, List<String> sentences) {

    public Report {
        people = List.copyOf(people);
        sentences = List.copyOf(sentences);
    }
}
