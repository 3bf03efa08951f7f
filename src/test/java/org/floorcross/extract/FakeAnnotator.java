package org.floorcross.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for CoreNLP in rule tests: any run of two or three capitalised words not naming a party is a PERSON, and
 * so is a surname after Cllr, Mr, Mrs or Ms.
 */
final class FakeAnnotator implements Annotator {

    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\\b");
    private static final Pattern TITLED_SURNAME = Pattern.compile("\\b(?:Cllr|Mr|Mrs|Ms) [A-Z][a-z]+\\b");
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
        Matcher titled = TITLED_SURNAME.matcher(sentence.text());
        while (titled.find()) {
            mentions.add(new Mention("PERSON", sentence.start() + titled.start(), sentence.start() + titled.end(),
                    titled.group(), null));
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return mentions;
    }
}
