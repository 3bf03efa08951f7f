package org.floorcross.store;

/** The store cannot be opened or migrated. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
