package org.floorcross.cli;

import java.nio.file.Path;
import java.util.List;
import org.floorcross.extract.Extractor;
import org.floorcross.ledger.Ledger;
import org.floorcross.news.NewsReader;
import org.floorcross.register.Register;
import org.floorcross.review.Review;
import org.floorcross.review.ReviewConfig;
import org.floorcross.store.StoreConfig;

/**
 * What the commands need from the rest of floorcross. The composition root ({@code app}) implements it, building each
 * capability on first use so that a quick lookup never pays for the NLP models or the database.
 */
public interface Services {

    /** The bundled register of bodies, parties and rosters. */
    Register register();

    /** The ledger over the store at this location, opened (and migrated) on first use. */
    Ledger ledger(StoreConfig store);

    /** The article reader, with the default size limit. */
    NewsReader newsReader();

    /** The extractor (its NLP pipeline is loaded on first use, once per process). */
    Extractor extractor();

    /** The extractor with the given reader of candidate sentences. */
    Extractor extractor(Extractor.Reading reading);

    /** Review over the same store as {@link #ledger}, with the extractor (loaded on first ingest). */
    Review review(StoreConfig store, ReviewConfig config);

    /** Copies the bundled demo articles into the directory (creating it) and returns the files, in name order. */
    List<Path> demoArticles(Path directory);
}
