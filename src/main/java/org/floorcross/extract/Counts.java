package org.floorcross.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how many representatives a sentence says moved, in words or figures: "Twenty councillors and their leader"
 * (21), "a trio of Conservative councillors" (3), "two Tory councillors", "20 councillors", "both MPs". Figures that
 * describe a composition rather than movers ("now has 12 councillors", "of the 44 councillors") are ignored.
 */
final class Counts {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("a", 1), Map.entry("an", 1), Map.entry("two", 2), Map.entry("both", 2),
            Map.entry("pair", 2), Map.entry("couple", 2), Map.entry("three", 3), Map.entry("trio", 3),
            Map.entry("four", 4), Map.entry("quartet", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("dozen", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50));

    private static final String NUMBER = "(\\d{1,3}|(?:twenty|thirty|forty|fifty)[- ](?:one|two|three|four|five|six"
            + "|seven|eight|nine)|half a dozen|a (?:trio|pair|couple|quartet|dozen)|one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
            + "|thirty|forty|fifty|both|an?)";

    private static final Pattern COUNT = Pattern.compile("\\b" + NUMBER + "(?: of)?(?: (?:the|its|their|his|her))?"
            + "((?: [\\w'’-]+){0,3}?) (councillors|cllrs|council members|members|MPs|MSPs|MSs|MLAs|Tories|Conservatives"
            + "|Greens|Lib Dems|Liberal Democrats|Labour members|SNP members|politicians|representatives|councillor"
            + "|MP|MSP|MS|MLA|member)\\b(?: (?:and|plus) (?:their|the|its|a) (?:\\w+ )?(leader|deputy|chair))?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern COMPANY = Pattern.compile("\\b(?:(?:he|she|I) and|along with|together with)\\s+"
            + NUMBER + " (?:\\w+ )?(?:colleagues|allies|others|fellow councillors)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern COMPOSITION = Pattern.compile("(?:\\b(?:has|have|had|holds?|held|of|out of|total"
            + "|now|with|from|to|than|leaving|leaves|left|down to|up to|reduc\\w+ to|among)\\s*)$",
            Pattern.CASE_INSENSITIVE);

    private Counts() {}

    /** The count stated in the subject of the cue at {@code cueStart}, if any. */
    /** "five of its six councillors": the second figure is the whole the movers are part of. */
    private static final Pattern PART_OF = Pattern.compile("\\bof (?:its|their|the|his|her)\\s+$");

    static Optional<Integer> stated(String sentence, int cueStart) {
        String subject = Clauses.subject(sentence, cueStart);
        int base = cueStart - subject.length();
        Matcher m = COUNT.matcher(subject);
        Integer last = null;
        int at = 0;
        while (m.find(at)) {
            at = m.start() + 1;
            Integer value = value(m.group(1));
            if (value == null || !agrees(value, m.group(3)) || last != null && PART_OF.matcher(subject.substring(0,
                    m.start())).find()
                    || COMPOSITION.matcher(sentence.substring(0, base + m.start())).find()
                    && !absoluteSubject(sentence, base + m.start(), base + m.end(), cueStart)
                    && !amongMovers(sentence, base + m.start(), base + m.end())
                    || m.group(2).matches("(?i).*\\b(?:seats?|years?|months?)\\b.*")) {
                continue;
            }
            last = value + (m.group(4) != null || andOthers(sentence, base + m.start(), m.group(2)) ? 1 : 0);
        }
        return Optional.ofNullable(last);
    }

    /** "he and 19 colleagues", "along with nine colleagues": the mover and the company they leave with. */
    static Optional<Integer> withCompany(String sentence) {
        Matcher m = COMPANY.matcher(sentence);
        return m.find() ? Optional.ofNullable(value(m.group(1))).map(v -> v + 1) : Optional.empty();
    }

    /** "The leader and nine other councillors": the nine and the one named before them. */
    private static boolean andOthers(String sentence, int start, String between) {
        return between.matches("(?i).*\\bother\\b.*") && sentence.substring(0, start).matches("(?s).*\\band\\s*");
    }

    /** "X is among seven councillors who have been suspended": the figure counts the movers X belongs to. */
    private static boolean amongMovers(String sentence, int start, int end) {
        return sentence.substring(0, start).matches("(?s).*\\b(?:is|are|was|were) among\\s*")
                && sentence.substring(end).matches("(?s)\\s+(?:who|that)\\b.*");
    }

    /** "with twenty councillors walking out": the figure is the subject of the -ing cue right after it. */
    private static boolean absoluteSubject(String sentence, int start, int end, int cueStart) {
        return sentence.substring(0, start).matches("(?s).*\\bwith\\s*") && sentence.substring(end, cueStart).isBlank()
                && sentence.substring(cueStart).matches("(?s)\\w+ing\\b.*");
    }

    private static boolean agrees(int value, String noun) {
        boolean plural = noun.endsWith("s") && !noun.equals("MS") || noun.equals("MSs");
        return noun.equals("MS") || value == 1 != plural;
    }

    static Integer value(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceFirst("^a ", "");
        if (w.matches("\\d+")) {
            return Integer.parseInt(w);
        }
        if (w.equals("half a dozen")) {
            return 6;
        }
        String[] parts = w.split("[- ]");
        if (parts.length == 2 && WORDS.containsKey(parts[0]) && WORDS.containsKey(parts[1])) {
            return WORDS.get(parts[0]) + WORDS.get(parts[1]);
        }
        return WORDS.get(w);
    }
}
