package org.floorcross.ledger;

import org.floorcross.register.PersonName;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.floorcross.register.Seat;

/** The content key of an event: SHA-256 over its canonical content, sources excluded. */
final class EventKey {

    private EventKey() {
    }

    static String of(Event event) {
        String content = event.kind() + "|" + event.bodyId() + "|" + event.effective() + "|" + details(event);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String details(Event event) {
        return switch (event) {
            case Baseline b -> b.seats().stream().map(EventKey::seat).sorted().collect(Collectors.joining(";"));
            case Defection d -> join(people(d.people()), d.count(), bloc(d.from()), bloc(d.to()), bloc(d.group()));
            case Suspension s -> join(people(s.people()), s.count(), bloc(s.party()));
            case Reinstatement r -> join(people(r.people()), r.count(), bloc(r.party()));
            case Vacancy v -> join(canonical(v.person()), bloc(v.ward()));
            case ByElection e -> join(canonical(e.person()), bloc(e.ward()), bloc(e.party()));
        };
    }

    private static String seat(Seat seat) {
        return join(seat.member() == null ? "" : canonical(seat.member()), bloc(seat.ward()), bloc(seat.party()));
    }

    private static String people(List<String> people) {
        return people.stream().map(EventKey::canonical).sorted().collect(Collectors.joining(","));
    }

    private static String bloc(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String join(Object... parts) {
        return java.util.Arrays.stream(parts).map(p -> p == null ? "" : p.toString()).collect(Collectors.joining("|"));
    }

    private static String canonical(String name) {
        return PersonName.of(name).canonical();
    }
}
