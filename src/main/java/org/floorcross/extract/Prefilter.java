package org.floorcross.extract;

import java.util.List;

/**
 * The first, cheapest stage: accepts an article only if it contains both some allegiance vocabulary (quit, defect,
 * whip, join, independent...) and some word for a representative (councillor, MP, Senedd...). One pass over the
 * characters through a small Aho-Corasick automaton over letters and one "separator" class, so it runs at memory
 * speed; a separator in a pattern matches any non-letter, which gives word boundaries where a pattern needs them.
 * Recall comes first: it may accept irrelevant articles but must not reject relevant ones.
 */
final class Prefilter {

    private static final int ALLEGIANCE = 1;
    private static final int REPRESENTATIVE = 2;
    private static final int BOTH = ALLEGIANCE | REPRESENTATIVE;

    static final List<String> ALLEGIANCE_WORDS = List.of(
            "defect", "quit", "resign", "join", "whip", "suspend", "readmit", "re admit", "reinstat", "restored",
            "expel", "cross the floor", "crossed the floor", "crosses the floor", "crossing the floor",
            "independent", "switch", "sit as", "sits as", "sitting as", "away from", "split from", "broke away",
            "breakaway", "ditch", "new group", "turncoat", "membership", "sits with", "sit with", "sitting with",
            "signed up", "seat with", "seats with", "walked out", "crossed over", "kicked out", "badge",
            " left the ", " leave the ", " leaves the ", " leaving the ",
            " left labour", " leave labour", " leaving labour", " left reform", " leave reform", " leaving reform",
            " left plaid", " left snp", " left ukip", " left alba", " left tor", " left sinn", " left dup", " left uup");

    static final List<String> REPRESENTATIVE_WORDS = List.of(
            "councillor", " cllr", " coun ", " couns ", "council", "member", " mp ", " mps ", " msp", " ms ", " mss ",
            " mla", "assembly", "senedd", "holyrood", "commons", "stormont", "parliament", "alderm");

    private static final byte[] CLASS_OF = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            CLASS_OF[c] = (byte) PrefilterAutomaton.classOf(c);
        }
    }

    /** Transitions with states pre-multiplied by the class count: {@code delta[state + class]} is the next state. */
    private final int[] delta;
    /** Output flags indexed by pre-multiplied state. */
    private final byte[] output;

    private Prefilter(int[] delta, byte[] output) {
        this.delta = delta;
        this.output = output;
    }

    static Prefilter standard() {
        PrefilterAutomaton automaton = new PrefilterAutomaton();
        ALLEGIANCE_WORDS.forEach(word -> automaton.add(word, ALLEGIANCE));
        REPRESENTATIVE_WORDS.forEach(word -> automaton.add(word, REPRESENTATIVE));
        int[] delta = automaton.delta();
        byte[] outputs = automaton.outputs();
        int classes = PrefilterAutomaton.CLASSES;
        int[] scaled = new int[delta.length];
        byte[] scaledOut = new byte[delta.length];
        for (int i = 0; i < delta.length; i++) {
            scaled[i] = delta[i] * classes;
        }
        for (int state = 0; state < outputs.length; state++) {
            scaledOut[state * classes] = outputs[state];
        }
        return new Prefilter(scaled, scaledOut);
    }

    /** Whether the text may report a change of allegiance and so deserves the later, costlier stages. */
    boolean accepts(String text) {
        int[] table = delta;
        byte[] out = output;
        byte[] classes = CLASS_OF;
        int state = table[0];
        int seen = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            state = table[state + (c < 128 ? classes[c] : 0)];
            int flags = out[state];
            if (flags != 0) {
                seen |= flags;
                if (seen == BOTH) {
                    return true;
                }
            }
        }
        seen |= out[table[state]];
        return seen == BOTH;
    }
}
