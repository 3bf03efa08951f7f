package org.floorcross.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.floorcross.extract.Cue.Kind;
import org.floorcross.extract.Cue.Role;

/**
 * Finds the phrases reporters use for changes of allegiance: quit / left / resigned from / walked away from a party,
 * defected (from X) to Y, joined Y, crossed the floor, sits as an independent, formed a new group, switched allegiance,
 * had the whip removed or was suspended, had the whip restored or was readmitted. Works on one sentence's text.
 */
final class CueFinder {

    private record Rule(Pattern pattern, Kind kind, Role role) {}

    private static final String WHIP_OFF = "(?:remov|withdr[ae]w|suspend|strip|lost|los(?:e|es|ing)|tak(?:en|e)? away)";
    private static final String WHIP_ON = "(?:restor|return|reinstat|given back|regain)";

    private static final List<Rule> RULES = List.of(
            rule("\\bdefect(?:ed|s|ing)? from\\b", Kind.DEFECTION, Role.FROM),
            rule("\\bdefect(?:ed|s|ing)?(?: (?:back )?to)?\\b", Kind.DEFECTION, Role.TO),
            rule("\\bdefections?\\b", Kind.DEFECTION, Role.SELF),
            rule("\\b(?:quit|quits|quitting|ditch(?:ed|es|ing)?|left|leave|leaves|leaving)\\b", Kind.DEFECTION,
                    Role.FROM),
            rule("\\bresign(?:ed|s|ing)?(?: (?:from|their|his|her))?(?: (?:[A-Z][\\w ]{0,25} )?(?:party )?membership(?: of)?)?\\b",
                    Kind.DEFECTION, Role.FROM),
            rule("\\b(?:walk(?:ed|s|ing)?|broke|break(?:s|ing)?|split(?:s|ting)?|stormed|storm(?:ed)? out|walk(?:ed|s|ing)? out of)"
                    + " (?:away )?from\\b|\\bwalk(?:ed|s|ing)? out of\\b", Kind.DEFECTION, Role.FROM),
            rule("\\b(?:re-?)?join(?:ed|s|ing)?\\b(?! by\\b)", Kind.DEFECTION, Role.TO),
            rule("\\b(?:(?:gave|given|give|gives|giving) up|hand(?:ed|s|ing)? (?:in|back)|end(?:ed|s|ing)|cancell?(?:ed|s|ing)"
                    + "|renounc(?:ed|es|ing)|t[oe]re up|torn up) (?:his|her|their) (?:[A-Z][\\w ]{0,25} )?(?:party )?"
                    + "membership\\b", Kind.DEFECTION, Role.FROM),
            rule("\\bswitch(?:ed|es|ing)?(?: (?:their|his|her) allegiance)? from\\b", Kind.DEFECTION, Role.FROM),
            rule("\\bc(?:ut|uts|utting|ut off) (?:all )?(?:their|his|her) (?:formal )?ties with\\b", Kind.DEFECTION, Role.FROM),
            rule("\\bswitch(?:ed|es|ing)?(?: (?:their|his|her) )?(?: ?allegiance)?(?: to)?\\b", Kind.DEFECTION,
                    Role.TO),
            rule("\\bcross(?:ed|es|ing)? the floor(?: to(?: join)?)?\\b|\\bfloor-?cross(?:ing|ed)\\b", Kind.DEFECTION,
                    Role.TO),
            rule("\\b(?:sit|sits|sat|sitting|serve|serves|serving|continue|continues|carry on|carries on|attend|attends)"
                    + "(?: (?:serving |sitting )?(?:on|in) [^,.;]{1,60}?)? as (?:an? )?(?:\"|“)?"
                    + "(?=(?:[Ii]ndependent|non-aligned|unaffiliated|free independent))", Kind.DEFECTION, Role.TO),
            rule("\\b(?:sit|sits|sat|sitting|now sits?) (?:with|as part of|alongside)\\b", Kind.DEFECTION, Role.TO),
            rule("\\b(?:sit|sits|sat|sitting) as (?:an? |the )?(?:only |sole |lone )?(?=[A-Z])", Kind.DEFECTION, Role.TO),
            rule("\\b(?:listed|recorded|designated) as (?:an? |the )?(?=[A-Z]|independent|non-aligned|unaffiliated)",
                    Kind.DEFECTION, Role.TO),
            rule("\\b(?:took|tak(?:e|es|en|ing)) (?:up )?(?:a|his|her|their) seats? (?:with|among|alongside)\\b",
                    Kind.DEFECTION, Role.TO),
            rule("\\b(?:bec(?:ame|ome|omes|oming)|(?:is|are) now) (?:an? )?(?=(?:non-aligned |unaffiliated )?[Ii]ndependents?\\b)",
                    Kind.DEFECTION, Role.TO),
            rule("\\bbec(?:ame|ome|omes|oming) (?=(?:the party(?:'s|’s)|[A-Z][\\w ]{1,20}?(?:'s|’s)) (?:first |newest |latest "
                    + "|only |sole )?(?:ever )?(?:[A-Z][\\w-]* ){0,2}(?:county |borough |city |district |town )?"
                    + "(?:member|councillor|MSP|MP|MS|MLA|representative)\\b)", Kind.DEFECTION, Role.TO),
            rule("\\b(?:tak(?:e|es|en|ing)|took) (?:up )?(?=the [A-Z][\\w ]{1,25}? (?:whip|badge|colours|rosette)\\b)",
                    Kind.DEFECTION, Role.TO),
            rule("\\b(?:form|formed|forms|forming|set up|launch(?:ed)?|establish(?:ed)?|create[ds]?) (?:a |an |their "
                    + "own |the )?(?:new )?(?=(?:[Ii]ndependent |breakaway |new |local )?"
                    + "(?:group|party|grouping|outfit|bloc)s?\\b"
                    + "|(?:(?-i:[A-Z])[\\w'’&-]*\\s+){1,4}(?:group|grouping)\\b)",
                    Kind.DEFECTION, Role.TO),
            rule("\\b(?:went|gone|go|goes|going|moved|moving|cross(?:ed|es|ing)?) over to\\b", Kind.DEFECTION, Role.TO),
            rule("\\bjump(?:ed|s|ing)? ship(?: to)?\\b", Kind.DEFECTION, Role.TO),
            rule("\\b(?:swapp?(?:ed|s|ing)?|exchang(?:ed|es|ing)|trad(?:ed|es|ing)) (?=(?:the |their |his |her )?[A-Z])",
                    Kind.DEFECTION, Role.FROM),
            rule("\\bsign(?:ed|s|ing)? up(?: (?:to|with))?\\b", Kind.DEFECTION, Role.TO),
            rule("\\b(?:align(?:ed|s|ing)?|all(?:ied|y|ies|ying)) (?:themselves |himself |herself )?with\\b",
                    Kind.DEFECTION, Role.TO),
            rule("\\b(?:work|works|working|worked|operat(?:e|es|ed|ing)|sit|sits|sat|sitting) together as\\b",
                    Kind.DEFECTION, Role.TO),
            rule("\\bsuspensions? (?:of [^,.;]{1,60}? )?(?:has |had |have )?(?:now )?(?:been |was |were )?lifted"
                    + "|\\b(?:their|his|her) suspensions? (?:were |was )?lifted|\\blift(?:ed|s|ing)? (?:the |his |her "
                    + "|their )?suspensions?|\\b(?:allowed|let|welcomed) back into\\b", Kind.REINSTATEMENT, Role.SELF),
            rule("\\b(?:whip|whips) (?:has |had |have )?(?:been |was |were )?" + WHIP_OFF, Kind.SUSPENSION, Role.SELF),
            rule("\\b" + WHIP_OFF + "\\w* (?:of |from )?(?:the )?(?:\\w+ )?(?:party )?whip\\b", Kind.SUSPENSION,
                    Role.SELF),
            rule("\\b(?:expel(?:led|s|ling)?|expulsions?|kicked out)(?: (?:from|of|by))?\\b", Kind.DEFECTION, Role.FROM),
            rule("\\bsuspend(?:ed|s|ing)?\\b|\\bsuspensions?\\b", Kind.SUSPENSION, Role.SELF),
            rule("\\b(?:whip|whips|membership) (?:has |had |have )?(?:been |was |were )?" + WHIP_ON, Kind.REINSTATEMENT,
                    Role.SELF),
            rule("\\b" + WHIP_ON + "\\w* (?:of |to )?(?:the )?(?:\\w+ )?(?:party )?whip\\b", Kind.REINSTATEMENT,
                    Role.SELF),
            rule("\\bre-?admi(?:t|ts|tted|tting|ssion)\\b|\\breinstat(?:ed|es|ing|ement)\\b|\\bwelcomed back\\b",
                    Kind.REINSTATEMENT, Role.SELF));

    private CueFinder() {}

    private static Rule rule(String regex, Kind kind, Role role) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), kind, role);
    }

    /** Every cue in the sentence, earliest first, keeping the longest where two overlap. */
    static List<Cue> find(String sentence) {
        List<Cue> cues = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(sentence);
            while (m.find()) {
                Cue cue = new Cue(rule.kind(), rule.role(), m.start(), m.end());
                if (cues.stream().noneMatch(c -> c.start() < cue.end() && cue.start() < c.end())) {
                    cues.add(cue);
                }
            }
        }
        cues.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(cues);
    }
}
