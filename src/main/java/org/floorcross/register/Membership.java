package org.floorcross.register;

/** A person found on a body's roster: which body, which seat, and in which roster. */
public record Membership(Body body, Seat seat, Roster roster) {}
