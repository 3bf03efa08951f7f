package org.floorcross.review;

/** A proposed event's own row: its move, where it stands, an editor's corrections and what the ledger holds of it. */
record EventRow(long id, Move move, Status status, Edit edit, String appliedKey) {}
