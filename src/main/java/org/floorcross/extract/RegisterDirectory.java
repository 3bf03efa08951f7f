package org.floorcross.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.floorcross.register.Body;
import org.floorcross.register.BodyMatch;
import org.floorcross.register.Membership;
import org.floorcross.register.Party;
import org.floorcross.register.Register;
import org.floorcross.register.Seat;

/** The {@link Directory} backed by the real register. */
final class RegisterDirectory implements Directory {

    private final Register register;
    /** Ward names per body, read from its rosters on first use; safe to share between threads. */
    private final Map<String, Set<String>> wards = new ConcurrentHashMap<>();

    RegisterDirectory(Register register) {
        this.register = Objects.requireNonNull(register, "register");
    }

    @Override
    public Set<String> wards(String bodyId) {
        return wards.computeIfAbsent(bodyId, id -> register.rosters(id).stream().flatMap(r -> r.seats().stream())
                .map(Seat::ward).filter(Objects::nonNull).flatMap(RegisterDirectory::wardNames)
                .filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    /** A ward's name and, for joined names ("Quarry Bank and Dudley Wood"), each part of two words or more. */
    static Stream<String> wardNames(String ward) {
        String name = Directory.key(ward);
        Stream<String> parts = Stream.of(name.split("\\s*(?:,|&| and )\\s*")).filter(p -> p.contains(" "));
        return Stream.concat(Stream.of(name), parts);
    }

    @Override
    public Optional<Body> body(String name) {
        return register.findBodyQuietly(name);
    }

    @Override
    public Optional<Body> bodyNamed(String place) {
        return register.findBodyNamed(place);
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
    public List<Map.Entry<String, String>> partyLabels() {
        List<Map.Entry<String, String>> labels = new java.util.ArrayList<>();
        for (Party party : register.parties()) {
            if (party.id().equals(Party.INDEPENDENT.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            String shown = PartyLexicon.CANONICAL.contains(party.name()) ? party.name() : PartyLexicon.shortName(party.name());
            for (String written : List.of(party.name(), party.registeredName() == null ? party.name()
                    : party.registeredName())) {
                labels.add(Map.entry(written, shown));
                labels.add(Map.entry(PartyLexicon.shortName(written), shown));
            }
        }
        return List.copyOf(labels);
    }

    @Override
    public List<Membership> members(String personName, LocalDate at) {
        return register.findMembers(personName, at);
    }

    private static Optional<Body> found(BodyMatch match) {
        return match instanceof BodyMatch.Found found ? Optional.of(found.body()) : Optional.empty();
    }
}
