package org.floorcross.ledger;

import java.time.Instant;

/** An event as the ledger holds it: its content key, the event with every source, and when it was first recorded. */
public record RecordedEvent(String key, Event event, Instant recordedAt) {}
