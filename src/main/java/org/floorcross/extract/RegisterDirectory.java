package org.floorcross.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.floorcross.register.Body;
import org.floorcross.register.BodyMatch;
import org.floorcross.register.Membership;
import org.floorcross.register.Party;
import org.floorcross.register.Register;

/** The {@link Directory} backed by the real register. */
record RegisterDirectory(Register register) implements Directory {

    RegisterDirectory {
        Objects.requireNonNull(register, "register");
    }

    @Override
    public Optional<Body> body(String name) {
        return found(register.matchBody(name));
    }

    @Override
    public Optional<Body> bodyNear(String name, String nearBodyId) {
        return found(register.matchBodyNear(name, nearBodyId));
    }

    @Override
    public Optional<String> party(String label) {
        return register.findParty(label).map(Party::name);
    }

    @Override
    public List<Membership> members(String personName, LocalDate at) {
        return register.findMembers(personName, at);
    }

    private static Optional<Body> found(BodyMatch match) {
        return match instanceof BodyMatch.Found found ? Optional.of(found.body()) : Optional.empty();
    }
}
