package org.floorcross.cli;

import org.floorcross.register.Register;
import org.floorcross.store.StoreConfig;
import org.floorcross.web.WebConfig;
import org.floorcross.web.WebServer;

/**
 * What the commands need from the rest of floorcross. The composition root ({@code app}) implements it, building each
 * capability on first use so that a quick lookup never pays for the NLP models or the database.
 */
public interface Services {

    /** The bundled register of bodies, parties and rosters. */
    Register register();

    /** Starts the web server over the store's ledger and review queue; it runs until closed. */
    WebServer web(WebConfig web, StoreConfig store);
}
