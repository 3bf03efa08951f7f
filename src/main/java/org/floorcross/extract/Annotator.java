package org.floorcross.extract;

import java.time.LocalDate;
import java.util.List;

/** The NLP stage: named entities and normalized dates of selected sentences. Implementations are thread-safe. */
interface Annotator {

    /** The mentions in the sentence, with offsets into the article; dates resolved against {@code published}. */
    List<Mention> annotate(Sentence sentence, LocalDate published);
}
