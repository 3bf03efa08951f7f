package org.floorcross.ledger;

/** How exactly an event's effective date is known. With UNKNOWN the date is a stand-in, such as the first report. */
public enum DatePrecision {
    DAY,
    MONTH,
    APPROXIMATE,
    UNKNOWN
}
