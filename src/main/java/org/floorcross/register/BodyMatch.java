package org.floorcross.register;

import java.util.List;

/** The answer to a forgiving body lookup: exactly one body, several candidates, or none (with suggestions). */
public sealed interface BodyMatch {

    record Found(Body body) implements BodyMatch {}

    record Ambiguous(String query, List<Body> candidates) implements BodyMatch {}

    record NotFound(String query, List<Body> suggestions) implements BodyMatch {}
}
