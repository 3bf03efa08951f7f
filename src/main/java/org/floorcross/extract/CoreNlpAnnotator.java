package org.floorcross.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Stanford CoreNLP in its light configuration (tokenize, ssplit, pos, lemma, ner with the 3-class model and SUTime),
 * built once; each selected sentence is annotated on its own with the publication date as the document date.
 */
final class CoreNlpAnnotator implements Annotator {

    private final StanfordCoreNLP pipeline;

    CoreNlpAnnotator() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.isOneSentence", "true");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false,splitHyphenated=false");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.language", "en");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public List<Mention> annotate(Sentence sentence, LocalDate published) {
        Objects.requireNonNull(sentence, "sentence");
        Annotation document = new Annotation(sentence.text());
        if (published != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        pipeline.annotate(document);
        List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
        return group(tokens, sentence.start(), published);
    }

    private static List<Mention> group(List<CoreLabel> tokens, int offset, LocalDate published) {
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            CoreLabel first = tokens.get(i);
            String type = first.ner();
            if (type == null || "O".equals(type)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && type.equals(tokens.get(j).ner())) {
                j++;
            }
            CoreLabel last = tokens.get(j - 1);
            String normalized = first.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            String text = joined(tokens.subList(i, j));
            if ("TIME".equals(type) && normalized != null && normalized.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                type = "DATE"; // "on Tuesday evening" names a day: SUTime gives it as a time, 2024-11-05TEV
                normalized = normalized.substring(0, 10);
            }
            if ("DATE".equals(type)) {
                normalized = Dates.pastWeekday(text, normalized, published);
            }
            mentions.add(new Mention(type, offset + first.beginPosition(), offset + last.endPosition(), text,
                    normalized));
            i = j;
        }
        return mentions;
    }

    private static String joined(List<CoreLabel> tokens) {
        StringBuilder text = new StringBuilder();
        for (CoreLabel token : tokens) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(token.originalText());
        }
        return text.toString();
    }
}
