package org.floorcross.extract;

import java.util.regex.Pattern;

/**
 * Tells news from the rest: a cue is not a reported change when it sits in a threat or rumour ("could quit"), a
 * negation, a past episode mentioned in passing ("who was suspended...", "left Labour in 2019"), a resignation from a
 * seat or role ("resigned as a councillor"), or when the people moving are not sitting representatives (party members,
 * activists, former councillors, peers, candidates).
 */
final class Background {

    private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:could|might|may|would|should|consider\\w*"
            + "|threat\\w*|rumou?r\\w*|expected to|set to|poised to|tipped to|likely to|plans? to|planning to"
            + "|intend\\w* to|urg\\w*|call(?:s|ed|ing)? (?:for|on)|refus\\w* to|no plans?|not|never|den(?:y|ied|ies)"
            + "|if|whether|unless|ask(?:ed|s)?(?: \\w+)? to|pressure\\w*|want(?:s|ed)? to|wish(?:es)? to|hop(?:e|es|ed|ing) to"
            + "|seek\\w* to|sought to|bid to|demand\\w*|invit\\w*|would-be|potential|possible|prospect\\w*|speculation"
            + "|ready to|prepared to|mull\\w*|weigh\\w*|tempted|refuse[sd]?|declin\\w*|no intention|nor|neither|about"
            + "|without|why|talks|offer\\w*|dar\\w*|fail\\w* to|none|nobody|no one|right to|entitled to|eligible to|free to)\\b|n't\\b",
            Pattern.CASE_INSENSITIVE);

    /** "said he would now sit as...": reported speech, not a hypothesis. */
    private static final Pattern REPORTED_WOULD = Pattern.compile("\\b(?:said|says|told [\\w ]{1,30}?|announced|confirmed"
            + "|added|wrote)\\s+(?:that\\s+)?(?:he|she|they|[A-Z]\\w+)\\s+would(?:\\s+(?:now|instead|henceforth))?\\s*$");

    /** "had resigned from Labour and would now sit as...": a deed done and its consequence, not a hypothesis. */
    private static final Pattern DONE_THEN_WOULD = Pattern.compile("\\b(?:had|has|have)\\s+(?:\\w+\\s+)?(?:left|quit"
            + "|resigned|walked out|cut (?:all )?(?:their|his|her) ties)\\b[^.;]{0,60}?\\band\\s+would(?:\\s+(?:now|instead|henceforth))?\\s*$");

    /** A relative clause closed by the main verb's auxiliary: "who walked out last month has [joined]". */
    private static final Pattern RELATIVE_THEN_MAIN = Pattern.compile("\\b(?:who|which)\\s+(?:[\\w'’-]+\\s+){1,14}?"
            + "((?:has|have)\\s+(?:now\\s+|also\\s+|since\\s+|today\\s+)?)$");

    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:who|whom|which|after being|having been|since being)(?:\\s+(?:had|has|have|was|were|been|previously"
            + "|also|recently|later|then|once|himself|herself|themselves|first))*\\s*$", Pattern.CASE_INSENSITIVE);

    /** A move told of a counted group the subject belongs to: "is among seven councillors who have been [suspended]". */
    private static final Pattern AMONG_COUNTED = Pattern.compile("\\b(?:is|are|was|were) (?:among|one of) (?:the )?"
            + "(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty)(?: [\\w-]+){0,3}"
            + " (?:who|that) (?:have|has) (?:now |just |today )?been\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern PLUPERFECT = Pattern.compile("\\bhad(?: (?:previously|already|earlier|also|once|"
            + "first|been))*\\s*$", Pattern.CASE_INSENSITIVE);

    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December)";

    /** Past markers that only mark background once the article's own news has been told (after its opening). */
    private static final Pattern RECENT_PAST = Pattern.compile("\\blast week\\b|\\bearlier (?:this|in the) (?:month|year)\\b"
            + "|\\bin " + MONTHS + "\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern SINCE_THEN = Pattern.compile("\\bsince\\s*[;,.]?\\s*$|\\bever since\\b");

    private static final Pattern PAST = Pattern.compile("\\b(?:last|previous) (?:year|month|summer|spring|autumn"
            + "|winter|term|decade|election)\\b|\\b(?:years|months|decades) (?:ago|earlier|before)\\b|\\bago\\b"
            + "|\\bpreviously\\b|\\bback in\\b|\\bonce\\b|\\bformerly\\b|\\bin the past\\b|\\bafter the \\d{4}\\b"
            + "|^\\s*(?:then |subsequently )?later\\b|\\bearlier in (?:his|her|their) career\\b"
            + "|\\bsince (?:last|19\\d\\d|20\\d\\d|then)\\b"
            + "|\\bin the (?:summer|spring|autumn|winter)\\b|\\b(?:in )?" + MONTHS + " (?:19|20)\\d\\d\\b"
            + "|\\b(?:a|an|one|two|three|several|\\d+) (?:years?|months?|weeks?) after\\b"
            + "|\\blast (?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|\\bat the time\\b|\\bin (?:the )?(?:19|20)\\d\\d\\b",
            Pattern.CASE_INSENSITIVE);

    /** "has relied on independents since a group of its members walked out": the state lasts from an earlier move. */
    private static final Pattern PERFECT_SINCE = Pattern.compile("\\b(?:has|have)\\s+(?:[\\w'’-]+\\s+){1,10}?since\\s+"
            + "(?:[\\w'’-]+\\s+){1,8}$");

    private static final Pattern PURPOSE = Pattern.compile("[^,.;]{0,40}?\\b(?:in order )?to\\s+");

    /** "has suspended its parliamentary candidate": the one sanctioned is standing, not sitting. */
    private static final Pattern CANDIDATE_OBJECT = Pattern.compile("^\\s*(?:its|their|the|a|an|one of its)\\s+"
            + "(?:[\\w-]+\\s+){0,2}candidates?\\b", Pattern.CASE_INSENSITIVE);

    /** "a year after he left": the move is the earlier end of a span. */
    private static final Pattern SPAN_AFTER = Pattern.compile("\\b(?:a|an|one|two|three|several|\\d+) (?:years?|months?"
            + "|weeks?) after (?:\\w+ )?$", Pattern.CASE_INSENSITIVE);

    /** Marks that put a move told in a relative clause before the news ("who quit earlier this summer, has joined"). */
    private static final Pattern RELATIVE_PAST = Pattern.compile("\\bearlier this (?:summer|spring|autumn|winter|month"
            + "|year|week)\\b|\\blast week\\b|\\bin " + MONTHS + "\\b");

    /** "councillors who were dropped as Labour candidates": a clause describing sitting representatives. */
    private static final Pattern DESCRIBED_REPRESENTATIVES = Pattern.compile("\\b((?<!former )(?<!ex-)(?:councillors?"
            + "|MPs?|MSPs?|MSs?|MLAs?))\\s+(?:who|whom|which)\\b.*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** "Five former UKIP councillors": a group described by the party they left, still sitting. */
    private static final Pattern FORMER_PARTY = Pattern.compile("\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|both|all)\\s+(?:former|ex-)\\s*(?:UKIP|Labour|Tory|Conservative|Lib Dem|Liberal Democrat"
            + "|Green|SNP|Plaid(?: Cymru)?|Reform(?: UK)?|Brexit Party|DUP|UUP|Alliance)\\s+", Pattern.CASE_INSENSITIVE);

    private static final Pattern NOT_REPRESENTATIVES = Pattern.compile("\\b(?:grassroots|rank-and-file|ordinary"
            + "|party|local party|constituency party|paid-up|hundreds of|thousands of|dozens of)\\s+(?:\\w+\\s+)?members\\b"
            + "|\\b(?:activists|supporters|voters|people|anyone|everyone|staff|officials|campaigners|volunteers|donors|peers?|Lord|Baroness"
            + "|candidates?|MEPs?|mayoral|life peer|House of Lords)\\b|\\b\\d{2,}\\s+(?:\\w+\\s+){0,3}members\\b"
            + "|\\b(?:former|ex-|one-time)\\s*(?:\\w+\\s+){0,2}(?:councillors?|cllrs?|MPs?|MSPs?|MSs?|MLAs?|members?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Former office-holders are not sitting representatives unless the subject also gives a sitting title. */
    private static final Pattern FORMER_ROLE = Pattern.compile("\\b(?:former|ex-|one-time)\\s*(?:\\w+\\s+){0,2}"
            + "(?:leaders?|ministers?|chancellor|secretary|chairm[ae]n)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SITTING_TITLE = Pattern.compile("(?<!former )(?<!ex-)\\b(?:MPs?|MSPs?|MSs?|MLAs?"
            + "|councillors?|Cllrs?)\\b");

    /** A former title is no bar when the subject says where they sit now ("who now represents X ward"). */
    private static final Pattern SITS_NOW = Pattern.compile("\\b(?:now|still|currently) (?:represents|sits on|serves on"
            + "|a councillor)\\b");

    private static final Pattern APPOSITION = Pattern.compile(",\\s*(?:including|among them)[^,]*,");
    private static final Pattern GERUND_AFTER = Pattern.compile("\\b(?:before|after|since|for|about|of|over|that)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "despite a turbulent year in which six members quit": a move told as a past stretch's event. */
    private static final Pattern SPAN_IN_WHICH = Pattern.compile("\\b(?:years?|months?|weeks?|period|spell|term|summer"
            + "|spring|autumn|winter|time)\\s+(?:in|during)\\s+which\\b[^,;:.]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERIC_PRESENT = Pattern.compile("\\b(?:who|that)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHEN_PAST = Pattern.compile("\\b(?:last (?:year|month|summer|spring|autumn|winter|"
            + MONTHS + ")|(?:19|20)\\d\\d|ago)\\W+when\\b[^.]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNDATED_MONTH = Pattern.compile("^\\s*(?:In|Back in|Last) " + MONTHS + "\\b");
    private static final Pattern ADJECTIVAL = Pattern.compile("^\\w+\\s+(?:[A-Z][\\w ]*?\\s+)?(?:members?|councillors?"
            + "|MPs?|MSPs?|MSs?|MLAs?)\\b");
    private static final Pattern DETERMINER = Pattern.compile("\\b(?:the|its|their|a|an|\\d+|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve|all|both)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPOSITION = Pattern.compile("^(?:leav\\w*|left) (?:its|their|the) (?:group|party)"
            + " \\w+ (?:members?|seats?|councillors?)\\b|^(?:leaving|leaves|left)\\s+(?:the\\s+)?[A-Z][\\w ]*?"
            + ",?\\s+(?:(?:with|as|on|holding)\\s+(?:[a-z]+ly\\s+)?(?:\\d|the largest|the biggest|just|only|an? (?:[\\w-]+ ){0,4}majority|[a-z]+ seats)"
            + "|(?:\\w+ )?short of|without (?:a|its|their|overall)|in (?:minority|opposition)|needing)");
    private static final Pattern ROLE_RESIGNATION = Pattern.compile("^\\s*(?:as\\b|seats?\\b|from (?:the |his |her |their )?"
            + "(?:council\\b|seat|cabinet|post|role|position|committee|executive|board|job)|(?:his|her|their|the) "
            + "(?:seat|post|role|position|job)|politics|office|(?:the |his |her |their )?(?:(?-i:[A-Z])[\\w ]*?(?:'s|’s) )?"
            + "(?:front ?bench|frontbench|shadow (?:cabinet|ministerial|frontbench|team)|government|ministerial))",
            Pattern.CASE_INSENSITIVE);

    private static final String COMPOSITION_REASON = "composition, not a move";

    private Background() {}

    /** Whether the reason says the cue describes what a move left behind, not that anyone left earlier. */
    static boolean composition(String reason) {
        return COMPOSITION_REASON.equals(reason);
    }

    /** Whether the cue tells the news of a counted group its subject is among, with no earlier time given. */
    static boolean amongCounted(String sentence, Cue cue, String clause) {
        return AMONG_COUNTED.matcher(sentence.substring(0, cue.start())).find() && !PAST.matcher(clause).find();
    }

    /** Why the cue is not news, or null if it is; {@code opening} says whether the sentence opens the article. */
    static String reason(String sentence, Cue cue, int publishedYear, boolean opening) {
        String reason = reason(sentence, cue, publishedYear);
        String clause = Clauses.subject(sentence, cue.start()) + clause(sentence, cue);
        if (reason == null && !opening && RECENT_PAST.matcher(clause).find() && !currentYear(clause, publishedYear)) {
            return "earlier move told after the article's news";
        }
        return reason;
    }

    /** Why the cue is not news, or null if it is. */
    static String reason(String sentence, Cue cue, int publishedYear) {
        String before = mainClause(Clauses.before(sentence, cue.start()), sentence, cue);
        String after = Clauses.after(sentence, cue.end());
        String clause = before + sentence.substring(cue.start(), cue.end()) + after;
        if (HYPOTHETICAL.matcher(lastWords(REPORTED_WOULD.matcher(before).replaceFirst(" "), 6)).find()
                && !DONE_THEN_WOULD.matcher(sentence.substring(0, cue.start())).find()) {
            return "hypothetical or negated";
        }
        String preceding = sentence.substring(Math.max(0, cue.start() - 45), cue.start());
        if (RELATIVE.matcher(preceding).find() && !amongCounted(sentence, cue, clause)
                && (cue.kind() != Cue.Kind.DEFECTION || PAST.matcher(clause).find()
                || RELATIVE_PAST.matcher(clause).find())) {
            return "relative clause about an earlier episode";
        }
        if (PLUPERFECT.matcher(before).find()
                && sentence.substring(cue.start()).matches("(?s)(?:sitting|serving)\\b.*")) {
            return "earlier state";
        }
        if (PLUPERFECT.matcher(before).find() && (PAST.matcher(clause).find()
                || PAST.matcher(sentence.substring(cue.start())).find()
                || SINCE_THEN.matcher(sentence.substring(cue.start())).find())) {
            return "earlier episode";
        }
        if ((PAST.matcher(clause).find() || SINCE_THEN.matcher(clause).find() || SPAN_AFTER.matcher(preceding).find())
                && !currentYear(clause, publishedYear)) {
            return "past time";
        }
        String subject = sittingSubject(Clauses.subject(sentence, cue.start()));
        if (NOT_REPRESENTATIVES.matcher(subject).find()
                && !SITS_NOW.matcher(Clauses.subject(sentence, cue.start())).find()
                || FORMER_ROLE.matcher(subject).find() && !SITTING_TITLE.matcher(subject).find()) {
            return "not sitting representatives";
        }
        if (GERUND_AFTER.matcher(preceding).find() && sentence.substring(cue.start()).matches("(?s)\\w+ing\\b.*")
                || GENERIC_PRESENT.matcher(preceding).find() && sentence.substring(cue.start()).matches("(?s)\\w+s\\b.*")) {
            return "backstory or general statement";
        }
        if (PERFECT_SINCE.matcher(Clauses.before(sentence, cue.start())).find()
                || PERFECT_SINCE.matcher(sentence.substring(0, cue.start())).find()) {
            return "the move a lasting state dates from";
        }
        if (SPAN_IN_WHICH.matcher(sentence.substring(0, cue.start())).find()) {
            return "a past period described in passing";
        }
        if (WHEN_PAST.matcher(preceding).find() || publishedYear == 0 && UNDATED_MONTH.matcher(sentence).find()) {
            return "earlier episode";
        }
        if (cue.kind() != Cue.Kind.DEFECTION && ADJECTIVAL.matcher(sentence.substring(cue.start())).find()
                && DETERMINER.matcher(preceding).find()) {
            return "adjective, not a report";
        }
        if (COMPOSITION.matcher(sentence.substring(cue.start())).find()) {
            return COMPOSITION_REASON;
        }
        if (cue.role() == Cue.Role.SELF && CANDIDATE_OBJECT.matcher(sentence.substring(cue.end())).find()) {
            return "candidates are not sitting representatives";
        }
        if (cue.role() == Cue.Role.FROM && ROLE_RESIGNATION.matcher(sentence.substring(cue.end())).find()) {
            return "resignation from a seat or role";
        }
        return null;
    }

    /** The subject without appositions, clauses describing sitting members, and the party a group left. */
    private static String sittingSubject(String subject) {
        String plain = APPOSITION.matcher(subject).replaceAll(",");
        plain = FORMER_PARTY.matcher(plain).replaceAll("$1 ");
        return DESCRIBED_REPRESENTATIVES.matcher(plain).replaceFirst("$1");
    }

    private static String clause(String sentence, Cue cue) {
        return Clauses.before(sentence, cue.start()) + sentence.substring(cue.start(), cue.end())
                + Clauses.after(sentence, cue.end());
    }

    /** The part of {@code before} that belongs to the cue's own clause, without a relative clause it closes. */
    private static String mainClause(String before, String sentence, Cue cue) {
        java.util.regex.Matcher m = RELATIVE_THEN_MAIN.matcher(sentence.substring(0, cue.start()));
        return m.find() ? m.group(1) : before;
    }

    /**
     * Where the cue's own clause starts once a relative clause closed by the main verb is set aside ("X, who left
     * Labour a year ago, has [joined]"): dates in the relative clause belong to the earlier episode.
     */
    static int mainClauseStart(String sentence, int cueStart, int clauseStart) {
        java.util.regex.Matcher m = RELATIVE_THEN_MAIN.matcher(sentence.substring(0, cueStart));
        return m.find() ? Math.max(clauseStart, m.start(1)) : clauseStart;
    }

    /** "left the party to sit as an independent": a cue completing an earlier cue's purpose shares its tense. */
    static boolean completes(String sentence, Cue earlier, Cue cue) {
        return earlier.end() <= cue.start()
                && PURPOSE.matcher(sentence.substring(earlier.end(), cue.start())).matches();
    }

    private static boolean currentYear(String clause, int publishedYear) {
        return publishedYear > 0 && clause.matches("(?s).*\\b(?:in |" + MONTHS + " )" + publishedYear + "\\b.*")
                && !clause.matches("(?is).*\\b(?:ago|last|previous|previously|back in|once|formerly)\\b.*");
    }

    private static String lastWords(String text, int words) {
        String[] parts = text.trim().split("\\s+");
        int from = Math.max(0, parts.length - words);
        return String.join(" ", java.util.Arrays.copyOfRange(parts, from, parts.length));
    }
}
