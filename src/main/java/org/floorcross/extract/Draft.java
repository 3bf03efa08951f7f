package org.floorcross.extract;

import java.util.List;

/** A clue being assembled from the cues of one sentence. */
record Draft(String from, String to, String group, Integer count, int cueStart, double strength, boolean sitsAs) {

    boolean compatible(Draft other) {
        return (from == null || other.from == null || from.equals(other.from))
                && (to == null || other.to == null || to.equals(other.to));
    }

    Draft withFrom(String party) {
        return new Draft(party, to, group, count, cueStart, strength, sitsAs);
    }

    Draft merge(Draft other) {
        return new Draft(first(from, other.from), first(to, other.to), first(group, other.group),
                first(count, other.count), Math.min(cueStart, other.cueStart),
                Math.min(0.95, Math.max(strength, other.strength) + 0.05), sitsAs && other.sitsAs);
    }

    Clue toClue(Cue.Kind kind, Sentence sentence, List<String> people, List<BodyRef> bodies, List<Mention> dates,
                boolean background) {
        String date = null;
        String precision = null;
        for (Mention mention : dates) {
            String value = mention.normalized();
            if (value.matches("\\d{4}-\\d{2}-\\d{2}(?:T.*)?")) { // "Tuesday evening" is 2024-11-05TEV
                date = value.substring(0, 10);
                precision = "day";
                break;
            }
            if (value.matches("\\d{4}-\\d{2}") && date == null) {
                date = value;
                precision = "month";
            }
        }
        return new Clue(kind, from, to, group, count, people, bodies, sentence, strength, date, precision, sitsAs,
                background);
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
