package org.floorcross.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Stanford CoreNLP with a dependency parser, built once: tokenize, one sentence per call, part of speech, lemma,
 * the 3-class named-entity model (no SUTime, no numeric classifiers: {@link TimeExpressions} reads dates) and the
 * neural dependency parser (Universal Dependencies, enhanced++). Thread-safe; each call parses one sentence.
 */
final class CoreNlpParser implements Parser {

    private final StanfordCoreNLP pipeline;

    CoreNlpParser() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("ssplit.isOneSentence", "true");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false,splitHyphenated=false");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.language", "en");
        props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public Parse parse(Sentence sentence) {
        Objects.requireNonNull(sentence, "sentence");
        Annotation document = new Annotation(sentence.text());
        pipeline.annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<Parse.Token> tokens = new ArrayList<>();
        List<Parse.Arc> tree = new ArrayList<>();
        List<Parse.Arc> arcs = new ArrayList<>();
        if (sentences != null && !sentences.isEmpty()) {
            CoreMap parsed = sentences.get(0);
            for (CoreLabel label : parsed.get(CoreAnnotations.TokensAnnotation.class)) {
                String lemma = label.lemma() == null ? label.word() : label.lemma();
                tokens.add(new Parse.Token(tokens.size(), label.word(), lemma.toLowerCase(Locale.ROOT), label.tag(),
                        label.ner() == null ? "O" : label.ner(), sentence.start() + label.beginPosition(),
                        sentence.start() + label.endPosition()));
            }
            read(parsed.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class), tree);
            read(parsed.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class), arcs);
        }
        return new Parse(sentence, tokens, tree, arcs);
    }

    private static void read(SemanticGraph graph, List<Parse.Arc> into) {
        if (graph == null) {
            return;
        }
        for (IndexedWord root : graph.getRoots()) {
            into.add(new Parse.Arc(-1, root.index() - 1, "root"));
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            into.add(new Parse.Arc(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                    edge.getRelation().toString()));
        }
    }
}
