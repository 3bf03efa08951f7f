package org.floorcross.eval;

/** Running totals while articles are scored one by one. */
final class Tally {

    int eventsMatched;
    int eventsPredicted;
    int eventsExpected;
    int countsCorrect;
    int countsJudged;
    int peopleMatched;
    int peoplePredicted;
    int peopleExpected;
    int relevanceCorrect;
    int relevanceJudged;
    int negativesClean;
    int negatives;

    Score events() {
        return new Score(eventsMatched, eventsPredicted, eventsExpected);
    }

    Ratio counts() {
        return new Ratio(countsCorrect, countsJudged);
    }

    Score people() {
        return new Score(peopleMatched, peoplePredicted, peopleExpected);
    }

    Ratio relevance() {
        return new Ratio(relevanceCorrect, relevanceJudged);
    }

    Ratio cleanNegatives() {
        return new Ratio(negativesClean, negatives);
    }
}
