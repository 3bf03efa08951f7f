package org.floorcross.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the whole article says that single sentences lean on.
 *
 * @param at the date to look rosters up at: the publication date, or null for the latest rosters when unknown
 * @param mainBody the council the article is mainly about, if it names one
 * @param titledPeople full names the article gives a councillor title, in reading order
 * @param sentences every sentence of the article
 * @param bodies every body the article names, in reading order
 */
record ArticleContext(LocalDate at, Optional<BodyRef> mainBody, List<String> titledPeople, List<Sentence> sentences,
                      List<BodyMention> bodies) {

    ArticleContext {
        titledPeople = List.copyOf(titledPeople);
        sentences = List.copyOf(sentences);
        bodies = List.copyOf(bodies);
    }
}
