package org.floorcross.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the dense Aho-Corasick table the {@link Prefilter} runs: 27 character classes (a-z in either case, and
 * "separator" for everything else), goto/failure links folded into one transition table, outputs as bit sets.
 */
final class PrefilterAutomaton {

    static final int CLASSES = 27;

    private final List<int[]> gotos = new ArrayList<>();
    private final List<Integer> outputs = new ArrayList<>();

    PrefilterAutomaton() {
        newState();
    }

    static int classOf(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 1;
        }
        return 0;
    }

    void add(String pattern, int flag) {
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("empty prefilter pattern");
        }
        int state = 0;
        for (int i = 0; i < pattern.length(); i++) {
            int cls = classOf(pattern.charAt(i));
            if (gotos.get(state)[cls] < 0) {
                gotos.get(state)[cls] = newState();
            }
            state = gotos.get(state)[cls];
        }
        outputs.set(state, outputs.get(state) | flag);
    }

    /** The full transition table: state * CLASSES + class gives the next state. */
    int[] delta() {
        int states = gotos.size();
        int[] delta = new int[states * CLASSES];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < CLASSES; c++) {
            int next = gotos.get(0)[c];
            delta[c] = Math.max(next, 0);
            if (next > 0) {
                queue.add(next);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            outputs.set(state, outputs.get(state) | outputs.get(fail[state]));
            for (int c = 0; c < CLASSES; c++) {
                int next = gotos.get(state)[c];
                if (next < 0) {
                    delta[state * CLASSES + c] = delta[fail[state] * CLASSES + c];
                } else {
                    fail[next] = delta[fail[state] * CLASSES + c];
                    delta[state * CLASSES + c] = next;
                    queue.add(next);
                }
            }
        }
        return delta;
    }

    /** Output flags per state; call after {@link #delta()}, which propagates them along failure links. */
    byte[] outputs() {
        byte[] out = new byte[outputs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (int) outputs.get(i);
        }
        return out;
    }

    private int newState() {
        int[] row = new int[CLASSES];
        Arrays.fill(row, -1);
        gotos.add(row);
        outputs.add(0);
        return gotos.size() - 1;
    }
}
