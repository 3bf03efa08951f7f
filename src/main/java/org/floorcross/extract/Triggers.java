package org.floorcross.extract;

import java.util.Optional;
import java.util.Set;
import org.floorcross.extract.Cue.Kind;
import org.floorcross.extract.Move.Act;

/**
 * The words that say a change of allegiance, by lemma and part of speech, with what each does: "quit", "leave",
 * "resign" leave; "join" joins; "defect", "switch", "cross" switch (from and to); "sit as", "become" sit; "form",
 * "launch" form a group; "suspend", a whip "removed" or "lost" suspend; "expel" expels; "readmit", a whip "restored"
 * reinstate. Nouns count too ("his defection to", "the suspension of"). Whether the word really reports a move is
 * for the {@link MoveReader} to judge from what it governs.
 */
final class Triggers {

    /** A trigger word's kind of change and act. */
    record Trigger(Kind kind, Act act) {}

    private static final Set<String> LEAVE = Set.of("quit", "leave", "resign", "ditch", "desert", "abandon", "exit",
            "renounce", "dump", "forsake", "split", "walk", "break", "cut", "tear", "hand", "give", "end", "terminate",
            "cancel", "relinquish", "withdraw", "step", "stand");
    private static final Set<String> JOIN = Set.of("join", "rejoin", "sign", "enlist");
    private static final Set<String> SWITCH = Set.of("defect", "switch", "cross", "jump", "move", "go", "swap",
            "change", "transfer", "desert", "flip", "convert");
    private static final Set<String> SIT = Set.of("sit", "serve", "continue", "remain", "become", "stay", "don",
            "designate", "list", "represent");
    private static final Set<String> FORM = Set.of("form", "launch", "set", "create", "establish", "found", "start");
    private static final Set<String> SUSPEND = Set.of("suspend", "remove", "strip", "lose", "withdraw", "take");
    private static final Set<String> EXPEL = Set.of("expel", "kick", "throw", "boot", "sack", "oust");
    private static final Set<String> REINSTATE = Set.of("readmit", "reinstate", "restore", "lift", "return",
            "welcome", "allow", "re-admit", "regain");
    private static final Set<String> NOUNS_LEAVE = Set.of("resignation", "departure", "exit", "exodus", "walkout");
    private static final Set<String> NOUNS_SWITCH = Set.of("defection", "switch", "move", "defector");
    private static final Set<String> NOUNS_SUSPEND = Set.of("suspension");
    private static final Set<String> NOUNS_EXPEL = Set.of("expulsion");
    private static final Set<String> NOUNS_REINSTATE = Set.of("reinstatement", "readmission", "readmittance");

    private Triggers() {}

    /**
     * What the token would say if it reports a move; verbs shared by two acts ("withdraw" a membership or a whip)
     * are told apart by the {@link MoveReader} from their objects.
     */
    static Optional<Trigger> of(Parse.Token token) {
        String lemma = token.lemma();
        if (token.verb()) {
            if (lemma.equals("elect") || lemma.equals("re-elect")) {
                return Optional.of(new Trigger(Kind.DEFECTION, Act.ELECTED));
            }
            if (SUSPEND.contains(lemma) && !LEAVE.contains(lemma) || lemma.equals("withdraw")) {
                return Optional.of(new Trigger(Kind.SUSPENSION, Act.SUSPEND));
            }
            if (REINSTATE.contains(lemma)) {
                return Optional.of(new Trigger(Kind.REINSTATEMENT, Act.REINSTATE));
            }
            if (EXPEL.contains(lemma)) {
                return Optional.of(new Trigger(Kind.DEFECTION, Act.EXPEL));
            }
            if (JOIN.contains(lemma)) {
                return Optional.of(new Trigger(Kind.DEFECTION, Act.JOIN));
            }
            if (SWITCH.contains(lemma) && !lemma.equals("desert")) {
                return Optional.of(new Trigger(Kind.DEFECTION, Act.SWITCH));
            }
            if (LEAVE.contains(lemma)) {
                return Optional.of(new Trigger(Kind.DEFECTION, Act.LEAVE));
            }
            if (SIT.contains(lemma)) {
                return Optional.of(new Trigger(Kind.DEFECTION, Act.SIT));
            }
            if (FORM.contains(lemma)) {
                return Optional.of(new Trigger(Kind.DEFECTION, Act.FORM));
            }
        } else if (token.noun()) {
            if (NOUNS_SWITCH.contains(lemma)) {
                return Optional.of(new Trigger(Kind.DEFECTION, Act.SWITCH));
            }
            if (NOUNS_LEAVE.contains(lemma)) {
                return Optional.of(new Trigger(Kind.DEFECTION, Act.LEAVE));
            }
            if (NOUNS_SUSPEND.contains(lemma)) {
                return Optional.of(new Trigger(Kind.SUSPENSION, Act.SUSPEND));
            }
            if (NOUNS_EXPEL.contains(lemma)) {
                return Optional.of(new Trigger(Kind.DEFECTION, Act.EXPEL));
            }
            if (NOUNS_REINSTATE.contains(lemma)) {
                return Optional.of(new Trigger(Kind.REINSTATEMENT, Act.REINSTATE));
            }
        }
        return Optional.empty();
    }

    /** Whether a sentence is worth parsing: it holds a word some trigger lemma starts with. Cheap, before NLP. */
    static boolean mayHold(String sentence) {
        return CANDIDATE.matcher(sentence).find();
    }

    private static final java.util.regex.Pattern CANDIDATE = java.util.regex.Pattern.compile("(?i)\\b(?:quit|lea?v"
            + "|left|resign|ditch|desert|abandon|exit|renounc|dump|split|walk|broke|break|cut|tore|tear|hand|gave|give"
            + "|ended|end|terminat|cancel|relinquish|withdr|join|sign|enlist|defect|switch|cross|jump|mov|went|gone"
            + "|go|swap|chang|transfer|flip|convert|sit|sat|serv|continu|remain|bec[oa]m|stay|don|designat|list"
            + "|represent|form|launch|set|creat|establish|found|start|suspen|remov|strip|lost|los|took|tak|expel"
            + "|expul|kick|threw|throw|boot|sack|oust|readmi|re-admi|reinstat|restor|lift|return|welcom|allow"
            + "|regain|departure|exodus|walkout|move|step|stand|stood|elect)");
}
