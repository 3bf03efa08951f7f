package org.floorcross.ledger;

/**
 * Seats moved by count alone, whose holders are not yet named; a later event naming them resolves them.
 *
 * @param event the event that moved them
 * @param from the bloc they left
 * @param to the bloc they joined
 * @param count how many are still unnamed
 */
public record UnresolvedMove(Event event, String from, String to, int count) {}
