package org.floorcross.extract;

import java.util.regex.Pattern;

/**
 * People a move sentence names who are not among the movers: whoever imposes a sanction ("the leader has withdrawn the
 * whip from..."), anyone coordinated with a non-mover ("launched by A and B"), and people introduced as a former
 * something who hold no seat now ("alongside C, the former student president").
 */
final class Bystanders {

    /** A sanction in the active voice: the subject imposes it on the object. */
    private static final Pattern ACTIVE_SANCTION = Pattern.compile("^(?:remov|withdr[ae]w|strip|suspend|expel|kick)\\w*"
            + "\\s+(?!as\\b|from\\b|by\\b|over\\b|for\\b|pending\\b|after\\b|until\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:been|was|were|is|are|be|being|get|gets|got|getting)"
            + "\\s+(?:\\w+ly\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COORDINATION = Pattern.compile("^\\s*(?:,|and|&|, and)\\s*$");
    private static final Pattern FORMER_APPOSITION = Pattern.compile("^,\\s*(?:the|a|an)\\s+former\\b[^,;.]*");
    private static final Pattern SEAT_NOW = Pattern.compile("\\b(?:represents|councillor|sits on|serves on|MSP|MP|MLA"
            + "|MS|member|cabinet)\\b");

    private Bystanders() {}

    /** Whether the cue at {@code cueStart} is a sanction the sentence's subject imposes (the subject did not move). */
    static boolean imposedBySubject(String text, int cueStart) {
        return ACTIVE_SANCTION.matcher(text.substring(cueStart)).find()
                && !PASSIVE.matcher(text.substring(0, cueStart)).find();
    }

    /** Whether the name starting at {@code start} is joined only by "and" or a comma to one ending at {@code end}. */
    static boolean coordinated(String text, int end, int start) {
        return end >= 0 && end <= start && COORDINATION.matcher(text.substring(end, start)).matches();
    }

    /** Whether the name ending at {@code end} is described as a former something with no seat now. */
    static boolean formerWithoutSeat(String text, int end) {
        var m = FORMER_APPOSITION.matcher(text.substring(end));
        return m.find() && !SEAT_NOW.matcher(m.group()).find();
    }
}
