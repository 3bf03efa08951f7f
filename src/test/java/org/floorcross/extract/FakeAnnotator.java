package org.floorcross.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stands in for CoreNLP in rule tests: any run of two or three capitalised words not naming a party is a PERSON. */
final class FakeAnnotator implements Annotator {

    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\\b");
    private static final Pattern NOT_NAME = Pattern.compile(".*\\b(?:Council|Labour|Party|Reform|Green|Conservative"
            + "|Cllr|Councillor|The|Two|Three|Four|House|Commons|Liberal|Democrats|Keston|Alderbrook)\\b.*");

    @Override
    public List<Mention> annotate(Sentence sentence, LocalDate published) {
        List<Mention> mentions = new ArrayList<>();
        Matcher m = NAME.matcher(sentence.text());
        while (m.find()) {
            if (!NOT_NAME.matcher(m.group()).matches()) {
                mentions.add(new Mention("PERSON", sentence.start() + m.start(), sentence.start() + m.end(), m.group(),
                        null));
            }
        }
        return mentions;
    }
}
