package org.floorcross.extract;

/** The NLP stage of the clause reader: a dependency parse of one selected sentence. Implementations are thread-safe. */
interface Parser {

    Parse parse(Sentence sentence);
}
