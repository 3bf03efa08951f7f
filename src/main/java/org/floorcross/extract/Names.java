package org.floorcross.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** People's names as reporters write them: titles stripped, lists of titled names ("Cllrs A, B and C") read. */
final class Names {

    static final String TITLES = "(?:Councillors?|Cllrs?\\.?|Coun\\.?|Couns\\.?|Dr\\.?|Sir|Dame|Mr\\.?|Mrs\\.?|Ms\\.?"
            + "|Miss|Lord|Lady|Baroness|Professor|Prof\\.?|Rev\\.?|Reverend|Alderman|County Councillor"
            + "|Borough Councillor|Town Councillor)";
    private static final Pattern LEADING_TITLES = Pattern.compile("^(?:" + TITLES + "\\s+)+");
    private static final Pattern TRAILING = Pattern.compile("(?:,?\\s+(?:MBE|OBE|CBE|KBE|DBE|BEM|MP|MSP|MS|MLA|JP|QC|KC"
            + "|Jr|Sr))+$");
    private static final String NAME = "[A-Z][a-zA-Z'’-]+(?: (?:[A-Z][a-zA-Z'’-]+|[A-Z]\\.|de|van|von|bin|al|da|le))*"
            + " [A-Z][a-zA-Z'’-]+";
    private static final Pattern TITLED = Pattern.compile("\\b(?:Councillors?|Cllrs?\\.?|Coun\\.?|Couns\\.?)\\s+("
            + NAME + ")((?:(?:,\\s*| and | & )(?:(?:Cllr\\.?|Councillor|Coun\\.?)\\s+)?" + NAME + ")*)");
    private static final Pattern DESCRIBED = Pattern.compile("\\b(" + NAME + "),\\s+(?:a|an|the)\\s+(?:[A-Z][\\w'’-]*"
            + "(?: and| &)?\\s+){0,5}(?:ward |town |borough |county |district |city )?councillor\\b");
    private static final String NOT_GIVEN = "(?:The|A|An|And|But|By|Of|To|In|On|For|With|From|As|At|Said|Labour|Tory"
            + "|Conservative|Reform|Green|Plaid|Leader|Councillors?|MP|MSP|MS|MLA)";
    private static final Pattern SURNAME = Pattern.compile("[A-Z][a-zA-Z'’-]{2,}");
    private static final Pattern SPLIT = Pattern.compile(",\\s*| and | & ");

    private Names() {}

    /**
     * A person's name without titles or honours; a titled surname alone ("Cllr Pughe") stays a surname for
     * {@link #expand}; null if what remains is neither.
     */
    /** "Ann Lee of Millbrook": the place after "of" is the ward, not part of the name. */
    private static final Pattern OF_PLACE = Pattern.compile("^((?:[A-Z][\\w'’-]+ )+[A-Z][\\w'’-]+) of [A-Z][\\w'’ -]*$");

    static String clean(String written) {
        Matcher title = LEADING_TITLES.matcher(written.strip());
        boolean titled = title.find();
        String name = TRAILING.matcher(title.replaceFirst("")).replaceFirst("");
        name = name.replaceAll("[’']s$", "").strip();
        name = OF_PLACE.matcher(name).replaceFirst("$1");
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return null;
        }
        int words = name.split("\\s+").length;
        return words >= 2 || titled && SURNAME.matcher(name).matches() ? name : null;
    }

    /** A full name for a surname from where the article first gives it in full ("John Pughe"), else null. */
    static String expand(String name, String text) {
        if (name.contains(" ")) {
            return name;
        }
        Matcher m = Pattern.compile("\\b((?:[A-Z][a-zA-Z'’-]+ ){1,3})" + Pattern.quote(name) + "\\b").matcher(text);
        while (m.find()) {
            String[] words = m.group(1).strip().split(" ");
            int first = words.length;
            while (first > 0 && !words[first - 1].matches(TITLES + "|" + NOT_GIVEN)) {
                first--;
            }
            if (first < words.length) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length)) + " " + name;
            }
        }
        return null;
    }

    /** Full names following a councillor title in the text, lists included, with their offsets. */
    static List<Located> titled(String text) {
        List<Located> names = new ArrayList<>();
        Matcher m = TITLED.matcher(text);
        while (m.find()) {
            names.add(new Located(m.group(1), m.start(1)));
            if (!m.group(2).isEmpty()) {
                int base = m.start(2);
                for (String part : SPLIT.split(m.group(2))) {
                    String name = clean(part);
                    if (name != null) {
                        names.add(new Located(name, base + m.group(2).indexOf(part)));
                    }
                }
            }
        }
        return names;
    }

    /** Full names the article describes as councillors ("A, a Mill ward councillor,", "B, the councillor for C"). */
    static List<Located> described(String text) {
        List<Located> names = new ArrayList<>();
        Matcher m = DESCRIBED.matcher(text);
        while (m.find()) {
            names.add(new Located(m.group(1), m.start(1)));
        }
        return names;
    }

    /** A name and where it starts. */
    record Located(String name, int start) {}
}
