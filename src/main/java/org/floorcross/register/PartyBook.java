package org.floorcross.register;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Registered parties and the labels that name them. Parties come from the Electoral Commission register (2020), the
 * parties registered since (parties_registered_since_2020.csv) and the party codes in Open Council Data; the short
 * names used in output and the hand-written aliases come from party_canonical.csv and party_aliases.csv. A label is matched first exactly (ignoring case, accents and
 * punctuation), then loosely (also ignoring "the" and "party"); a loose key claimed by two parties is dropped unless
 * the alias table settles it, so an unknown or doubtful label finds nothing.
 */
final class PartyBook {

    static final String INDEPENDENT_ID = "independent";
    private static final String NORTHERN_IRELAND = "Northern Ireland";
    private static final Set<String> NOISE = Set.of("the", "party");

    private final Map<String, Party> byId = new LinkedHashMap<>();
    private final Map<String, String> strict = new HashMap<>();
    private final Map<String, String> loose = new HashMap<>();
    private final Set<String> contested = new HashSet<>();

    static PartyBook load() {
        PartyBook book = new PartyBook();
        Map<String, String[]> canonical = new LinkedHashMap<>();
        BundledCsv.forEachRow("party_canonical.csv", row -> canonical.put(row.get("id"),
                new String[] {row.get("name"), BundledCsv.value(row, "registered_name")}));
        Map<String, String> newer = new LinkedHashMap<>();
        BundledCsv.forEachRow("parties_registered_since_2020.csv", row -> {
            canonical.putIfAbsent(row.get("id"), new String[] {row.get("name"), BundledCsv.value(row, "registered_name")});
            newer.put(row.get("id"), row.get("registered_name"));
        });
        Map<String, String> registered = new LinkedHashMap<>();
        Set<String> northernIrish = new HashSet<>();
        BundledCsv.forEachRow("ec_registered_parties_2020-08.csv", row -> {
            registered.put(row.get("ECRef").strip(), row.get("RegulatedEntityName").strip());
            if (NORTHERN_IRELAND.equals(row.get("RegisterName"))) {
                northernIrish.add(row.get("ECRef").strip());
            }
        });
        BundledCsv.forEachRow("ocd_party_names.csv", row -> {
            String code = BundledCsv.value(row, "ec_party_code");
            if (code != null) {
                registered.putIfAbsent(code, row.get("party_name").strip());
            }
        });
        canonical.forEach((id, names) -> book.byId.put(id, new Party(id, names[0], names[1])));
        registered.forEach((id, name) -> book.byId.putIfAbsent(id, new Party(id, name, name)));
        book.indexObservations(registered, northernIrish);
        newer.forEach((id, name) -> book.observe(name, id));
        BundledCsv.forEachRow("party_aliases.csv", row -> book.alias(row.get("alias"), row.get("party_id")));
        return book;
    }

    /**
     * Registered names first (a party registered under the same name in Great Britain and Northern Ireland is found
     * as the Great Britain one), then observed labels from Open Council Data and the Lancashire rows the observation
     * file treats as aliases. Open Data Manchester's council-specific labels are left out: some are wrong matches
     * ("Residents Association" to a Warwick party), and a label without its council cannot be trusted.
     */
    private void indexObservations(Map<String, String> registered, Set<String> northernIrish) {
        registered.forEach((id, name) -> {
            if (!northernIrish.contains(id)) {
                observe(name, id);
            }
        });
        registered.forEach((id, name) -> {
            if (northernIrish.contains(id) && !strict.containsKey(NameKeys.fold(name))) {
                observe(name, id);
            }
        });
        BundledCsv.forEachRow("party_label_observations.csv", row -> {
            String code = BundledCsv.value(row, "ec_party_code");
            String note = BundledCsv.value(row, "note");
            boolean trusted = "opencouncildata_2016_2025".equals(row.get("source"))
                    || (note != null && note.contains("treated as alias"));
            if (code != null && trusted && byId.containsKey(code)) {
                observe(row.get("label"), code);
            }
        });
    }

    private void observe(String label, String id) {
        String strictKey = NameKeys.fold(label);
        if (strict.containsKey(strictKey) && !strict.get(strictKey).equals(id)) {
            contested.add(strictKey);
        }
        strict.putIfAbsent(strictKey, id);
        String looseKey = looseKey(label);
        if (loose.containsKey(looseKey) && !loose.get(looseKey).equals(id)) {
            contested.add(looseKey);
        }
        loose.putIfAbsent(looseKey, id);
    }

    private void alias(String label, String id) {
        if (!byId.containsKey(id)) {
            throw new IllegalStateException("party alias " + label + " names unknown party id " + id);
        }
        strict.put(NameKeys.fold(label), id);
        loose.put(looseKey(label), id);
        contested.remove(NameKeys.fold(label));
        contested.remove(looseKey(label));
    }

    Optional<Party> find(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String strictKey = NameKeys.fold(label);
        String looseKey = looseKey(label);
        String id = !contested.contains(strictKey) && strict.containsKey(strictKey) ? strict.get(strictKey)
                : contested.contains(looseKey) ? null : loose.get(looseKey);
        return Optional.ofNullable(id).map(byId::get);
    }

    Optional<Party> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Party> parties() {
        return List.copyOf(byId.values());
    }

    /**
     * The bloc a roster label stands for: null for "Vacant", the party's short name when the code or label names a
     * party, otherwise the label itself (a local group that is not registered).
     */
    String blocFor(String label, String code) {
        if (label == null || label.equalsIgnoreCase("Vacant")) {
            return null;
        }
        if (code != null && byId.containsKey(code)) {
            return byId.get(code).name();
        }
        return find(label).map(Party::name).orElse(label);
    }

    private static String looseKey(String label) {
        return Arrays.stream(NameKeys.fold(label).split(" "))
                .filter(word -> !NOISE.contains(word))
                .collect(Collectors.joining(" "));
    }
}
