package org.floorcross.ledger;

/** One bloc's seats before and after a change. */
public record BlocChange(String bloc, int before, int after) {

    public int change() {
        return after - before;
    }
}
