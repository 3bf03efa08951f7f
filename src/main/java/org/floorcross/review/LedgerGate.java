package org.floorcross.review;

/** How review reaches the ledger: applies an accepted event, or withdraws one, inside the caller's transaction. */
interface LedgerGate {

    /**
     * Applies the event; when it was applied before under another key (its details have changed since), what was
     * applied then is withdrawn first. Applying the same details again changes nothing.
     */
    Application apply(ProposedEvent event, String previousKey);

    /** Withdraws what was applied under the key, if anything. */
    String withdraw(String key, String why);

    /**
     * What applying did.
     *
     * @param key the ledger's content key of the event now applied
     * @param changed whether the ledger changed (false when it already held these details)
     * @param detail in words: the composition and control before and after, and any conflict the ledger flagged
     */
    record Application(String key, boolean changed, String detail) {}
}
