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
    private static final Pattern SPLIT = Pattern.compile(",\\s*| and | & ");

    private Names() {}

    /** A person's name without titles or honours; null if what remains is not a full name (two words or more). */
    static String clean(String written) {
        String name = TRAILING.matcher(LEADING_TITLES.matcher(written.strip()).replaceFirst("")).replaceFirst("");
        name = name.replaceAll("[’']s$", "").strip();
        return name.split("\\s+").length >= 2 && Character.isUpperCase(name.charAt(0)) ? name : null;
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

    /** A name and where it starts. */
    record Located(String name, int start) {}
}
