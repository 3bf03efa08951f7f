package org.floorcross.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which party a politician led or embodied at a date, so that "Nigel Farage's party" reads as UKIP in 2014 and as
 * Reform UK in 2025; a leader whose party changed over time gives nothing when the date is unknown.
 */
final class Leaders {

    /** One stretch of a leader's party; a null bound is open. */
    record Term(String party, LocalDate from, LocalDate until) {

        boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
        }
    }

    private static final Map<String, List<Term>> TERMS = Map.ofEntries(
            Map.entry("Farage", List.of(term("UKIP", null, "2016-12-01"), term("Brexit Party", "2019-01-01", "2021-03-07"),
                    term("Reform UK", "2024-06-01", null))),
            Map.entry("Tice", List.of(term("Brexit Party", "2019-01-01", "2021-01-06"), term("Reform UK", "2021-01-06", null))),
            Map.entry("Starmer", always("Labour")), Map.entry("Miliband", always("Labour")),
            Map.entry("Badenoch", always("Conservative")), Map.entry("Sunak", always("Conservative")),
            Map.entry("Truss", always("Conservative")), Map.entry("Cameron", always("Conservative")),
            Map.entry("Davey", always("Liberal Democrats")), Map.entry("Swinson", always("Liberal Democrats")),
            Map.entry("Swinney", always("SNP")), Map.entry("Sturgeon", always("SNP")), Map.entry("Yousaf", always("SNP")),
            Map.entry("Polanski", always("Green")), Map.entry("Denyer", always("Green")),
            Map.entry("Iorwerth", always("Plaid Cymru")), Map.entry("Price", always("Plaid Cymru")));

    private Leaders() {
    }

    static java.util.Set<String> surnames() {
        return TERMS.keySet();
    }

    /** The leader's party at the date; with no date, only a party the leader never changed. */
    static Optional<String> partyOf(String surname, LocalDate at) {
        List<Term> terms = TERMS.getOrDefault(surname, List.of());
        if (at == null) {
            return terms.size() == 1 ? Optional.of(terms.get(0).party()) : Optional.empty();
        }
        return terms.stream().filter(t -> t.covers(at)).map(Term::party).findFirst();
    }

    /** Whether the text is a leader's possessive ("Nigel Farage's"), which names a party, never a local group. */
    static boolean possessive(String text) {
        String[] words = text.strip().split("\\s+");
        String last = words[words.length - 1].replaceFirst("['’]s$", "");
        return !last.equals(words[words.length - 1]) && TERMS.containsKey(last);
    }

    /** Every party the leader has ever led. */
    static List<String> partiesOf(String surname) {
        return TERMS.getOrDefault(surname, List.of()).stream().map(Term::party).toList();
    }

    private static Term term(String party, String from, String until) {
        return new Term(party, from == null ? null : LocalDate.parse(from), until == null ? null : LocalDate.parse(until));
    }

    private static List<Term> always(String party) {
        return List.of(new Term(party, null, null));
    }
}
