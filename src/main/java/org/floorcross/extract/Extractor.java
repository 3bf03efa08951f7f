package org.floorcross.extract;

import org.floorcross.news.Article;
import org.floorcross.register.Register;

/**
 * Turns an article into the changes of allegiance it reports. A pure function of the article and the register: no
 * global mutable state, nothing written; the NLP pipeline is built once per instance and the instance is thread-safe.
 */
public final class Extractor {

    private final Register register;

    public Extractor(Register register) {
        this.register = register;
    }

    /** The prefilter alone: false means the text certainly reports no change of allegiance. Memory speed. */
    public boolean mayReport(String text) {
        throw new UnsupportedOperationException("TODO: extract helper implements this");
    }

    public ArticleExtraction extract(Article article) {
        throw new UnsupportedOperationException("TODO: extract helper implements this");
    }
}
