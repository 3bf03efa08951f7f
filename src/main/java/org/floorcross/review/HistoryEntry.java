package org.floorcross.review;

import java.time.Instant;

/**
 * One change to a proposed event: proposed, a source added, accepted, rejected, edited, applied to the ledger.
 *
 * @param eventId the proposed event
 * @param at when
 * @param by who (an editor, or the automatic reviewer)
 * @param action what was done
 * @param why the reason given, or null
 * @param detail what changed, in words (for an application: composition and control before and after)
 */
public record HistoryEntry(long eventId, Instant at, String by, String action, String why, String detail) {}
