package org.floorcross.register;

import java.util.List;

/** Thrown by {@link Register#requireBody} when a name matches no body or several; carries the candidates. */
public final class BodyLookupException extends RuntimeException {

    private final transient BodyMatch match;

    public BodyLookupException(BodyMatch match, String message) {
        super(message);
        this.match = match;
    }

    public BodyMatch match() {
        return match;
    }

    public List<Body> candidates() {
        return switch (match) {
            case BodyMatch.Found found -> List.of(found.body());
            case BodyMatch.Ambiguous ambiguous -> ambiguous.candidates();
            case BodyMatch.NotFound notFound -> notFound.suggestions();
        };
    }
}
