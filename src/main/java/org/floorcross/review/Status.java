package org.floorcross.review;

/** Where a proposed event stands: waiting for an editor, accepted into the ledger, or rejected. */
public enum Status {
    PENDING,
    ACCEPTED,
    REJECTED
}
