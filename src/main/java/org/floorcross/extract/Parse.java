package org.floorcross.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One sentence as the dependency parser read it: its tokens and the enhanced dependencies between them, in the
 * package's own types (no CoreNLP type leaves {@link CoreNlpParser}). Offsets are into the article's text.
 *
 * @param sentence the sentence parsed
 * @param tokens its words in order
 * @param tree the basic Universal Dependencies tree, one arc into each token (a head of -1 is the root)
 * @param arcs the enhanced++ graph: the tree's arcs with prepositions in their names ("obl:from") and the arcs
 *     shared across conjunctions and control ("nsubj:xsubj"), head to dependent
 */
record Parse(Sentence sentence, List<Token> tokens, List<Arc> tree, List<Arc> arcs) {

    Parse {
        tokens = List.copyOf(tokens);
        tree = List.copyOf(tree);
        arcs = List.copyOf(arcs);
    }

    /**
     * One word.
     *
     * @param index position in the sentence, from 0
     * @param word as written
     * @param lemma its dictionary form, lower case
     * @param tag Penn Treebank part of speech
     * @param ner PERSON, LOCATION, ORGANIZATION, MISC or O
     * @param start offset in the article
     * @param end offset just past it
     */
    record Token(int index, String word, String lemma, String tag, String ner, int start, int end) {

        boolean verb() {
            return tag.startsWith("VB");
        }

        boolean noun() {
            return tag.startsWith("NN");
        }

        boolean person() {
            return ner.equals("PERSON");
        }
    }

    /** A dependency: {@code relation} (with its enhanced suffix, "obl:from") from {@code head} to {@code dependent}. */
    record Arc(int head, int dependent, String relation) {

        /** Whether the relation is {@code name} or a subtype of it ("obl" matches "obl:from"). */
        boolean is(String name) {
            return relation.equals(name) || relation.startsWith(name + ":");
        }
    }

    Token token(int index) {
        return tokens.get(index);
    }

    /** The dependents of a token by relations that satisfy the test, in sentence order. */
    List<Token> children(int head, Predicate<Arc> relation) {
        List<Token> found = new ArrayList<>();
        for (Arc arc : arcs) {
            if (arc.head() == head && relation.test(arc)) {
                found.add(tokens.get(arc.dependent()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return found;
    }

    /** The dependents of a token by a relation or any of its subtypes. */
    List<Token> children(int head, String relation) {
        return children(head, arc -> arc.is(relation));
    }

    /** The arcs into a token (enhanced graphs may give it several heads). */
    List<Arc> heads(int dependent) {
        return arcs.stream().filter(arc -> arc.dependent() == dependent).toList();
    }

    /**
     * The arc into a token in the basic tree, named as the enhanced graph names it when that is more precise
     * ("obl:after" for the tree's "obl").
     */
    Arc head(int dependent) {
        Arc basic = tree.stream().filter(arc -> arc.dependent() == dependent).findFirst()
                .orElse(new Arc(-1, dependent, "root"));
        return arcs.stream().filter(arc -> arc.dependent() == dependent && arc.head() == basic.head()
                && arc.relation().startsWith(basic.relation() + ":")).findFirst().orElse(basic);
    }

    /** Whether {@code ancestor} dominates {@code index} in the basic tree (or is it). */
    boolean dominates(int ancestor, int index) {
        for (int at = index, steps = 0; at >= 0 && steps < tokens.size(); at = head(at).head(), steps++) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The token's span in the basic tree: its own offsets widened by every token it dominates. */
    int[] span(int index) {
        int start = tokens.get(index).start();
        int end = tokens.get(index).end();
        for (Token t : tokens) {
            if (dominates(index, t.index())) {
                start = Math.min(start, t.start());
                end = Math.max(end, t.end());
            }
        }
        return new int[] {start, end};
    }
}
