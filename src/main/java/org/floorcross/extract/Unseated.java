package org.floorcross.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People an article says hold no seat ("stood down as MP at the election", "lost her seat", "holds no elected
 * office"): their joining a party is news about a former representative, not a change of allegiance on a body.
 */
final class Unseated {

    private static final Pattern UNSEATED = Pattern.compile("\\b(?:stood down as (?:an? )?(?:MP|MSP|MS|MLA|councillor)"
            + "|stood down (?:at|before) the (?:\\d{4} )?(?:general |local |Holyrood |Senedd )?election"
            + "|lost (?:his|her|their|the)(?: [\\w-]+){0,5} seats?\\b|holds? no (?:elected )?(?:office|seat)"
            + "|(?:is|are) no longer an? (?:MP|MSP|MS|MLA|councillor)|retired (?:as an? (?:MP|MSP|MS|MLA|councillor)"
            + "|from (?:the Commons|Parliament|the council))|(?:was|were) defeated at the)");
    /** "lost his seat on the district council but remains a member of the town council": still a representative. */
    private static final Pattern STILL_SITS = Pattern.compile("\\b(?:remains|still) (?:a |an )?(?:member|councillor"
            + "|sits|serves|represents|on)\\b");
    private static final Pattern NAME_WORD = Pattern.compile("\\b[A-Z][a-zA-Z'’-]{2,}\\b");
    private static final Pattern NOT_NAME = Pattern.compile(Names.TITLES + "|The|He|She|They|His|Her|MP|MSP|MLA"
            + "|Former|Labour|Conservative|Reform|Green|Tory|Party|Commons|Parliament");

    private final Set<String> words;

    private Unseated(Set<String> words) {
        this.words = words;
    }

    /** The name words in the subjects of sentences that say someone holds no seat. */
    static Unseated in(List<Sentence> sentences) {
        Set<String> words = new HashSet<>();
        for (Sentence sentence : sentences) {
            Matcher unseated = UNSEATED.matcher(sentence.text());
            if (unseated.find() && !STILL_SITS.matcher(sentence.text()).find()) {
                Matcher name = NAME_WORD.matcher(sentence.text().substring(0, unseated.start()));
                while (name.find()) {
                    if (!NOT_NAME.matcher(name.group()).matches()) {
                        words.add(name.group());
                    }
                }
            }
        }
        return new Unseated(words);
    }

    /** Whether every person the clue names is someone the article says holds no seat. */
    boolean covers(Clue clue) {
        return !clue.people().isEmpty() && clue.people().stream()
                .allMatch(p -> java.util.Arrays.stream(p.split(" ")).anyMatch(words::contains));
    }
}
