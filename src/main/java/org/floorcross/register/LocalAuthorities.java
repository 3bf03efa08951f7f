package org.floorcross.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every UK local authority, current and former, from mySociety's register. A body's id is its GSS code (a former
 * Northern Ireland district without one gets its lower-cased mySociety code). mySociety's end date is the day the
 * successor began, so the body's last day is the day before.
 */
final class LocalAuthorities {

    private static final Map<String, BodyKind> KINDS = Map.ofEntries(
            Map.entry("CTY", BodyKind.COUNTY), Map.entry("NMD", BodyKind.DISTRICT),
            Map.entry("MD", BodyKind.METROPOLITAN_DISTRICT), Map.entry("LBO", BodyKind.LONDON_BOROUGH),
            Map.entry("UA", BodyKind.UNITARY), Map.entry("SCO", BodyKind.SCOTTISH_COUNCIL),
            Map.entry("WPA", BodyKind.WELSH_COUNCIL), Map.entry("NID", BodyKind.NORTHERN_IRISH_COUNCIL),
            Map.entry("CC", BodyKind.CITY_CORPORATION), Map.entry("COMB", BodyKind.COMBINED_AUTHORITY),
            Map.entry("SRA", BodyKind.GREATER_LONDON_AUTHORITY));

    private final Map<String, Map<String, String>> rowsByCode = new LinkedHashMap<>();
    private final Map<String, List<String>> lookupNames = new HashMap<>();
    private final Map<String, String> codeByGss = new HashMap<>();

    private LocalAuthorities() {
    }

    static LocalAuthorities load() {
        LocalAuthorities authorities = new LocalAuthorities();
        BundledCsv.forEachRow("uk_local_authorities_current.csv",
                row -> authorities.rowsByCode.put(row.get("local-authority-code"), row));
        BundledCsv.forEachRow("lookup_name_to_registry.csv", row -> authorities.lookupNames
                .computeIfAbsent(row.get("local-authority-code"), code -> new ArrayList<>()).add(row.get("la-name")));
        BundledCsv.forEachRow("lookup_gss_to_registry.csv",
                row -> authorities.codeByGss.put(row.get("gss-code"), row.get("local-authority-code")));
        return authorities;
    }

    /** Every authority as a body, in register order. */
    List<Body> bodies() {
        return rowsByCode.values().stream().map(this::toBody).toList();
    }

    /**
     * The id of the body that covers a (possibly former) GSS code today: the authority itself while current, else its
     * single successor; null when unknown or split between several successors.
     */
    String currentIdFor(String gss) {
        String code = codeByGss.get(gss);
        for (int hops = 0; code != null && hops < 5; hops++) {
            Map<String, String> row = rowsByCode.get(code);
            if (row == null) {
                return null;
            }
            String successors = BundledCsv.value(row, "replaced-by");
            if (BundledCsv.value(row, "end-date") == null || successors == null) {
                return idOf(row);
            }
            code = successors.contains(",") ? null : successors;
        }
        return null;
    }

    private Body toBody(Map<String, String> row) {
        String end = BundledCsv.value(row, "end-date");
        return new Body(idOf(row), row.get("official-name"), KINDS.get(row.get("local-authority-type")),
                row.get("nation"), parentId(row), date(BundledCsv.value(row, "start-date")),
                end == null ? null : LocalDate.parse(end).minusDays(1), altNames(row));
    }

    private String parentId(Map<String, String> row) {
        String county = BundledCsv.value(row, "county-la");
        return county == null || !rowsByCode.containsKey(county) ? null : idOf(rowsByCode.get(county));
    }

    private List<String> altNames(Map<String, String> row) {
        Map<String, String> byKey = new LinkedHashMap<>();
        byKey.put(NameKeys.key(row.get("official-name")), null);
        List<String> candidates = new ArrayList<>();
        candidates.add(row.get("nice-name"));
        String alt = BundledCsv.value(row, "alt-names");
        if (alt != null) {
            candidates.addAll(Arrays.asList(alt.split(",(?! )")));
        }
        candidates.addAll(lookupNames.getOrDefault(row.get("local-authority-code"), List.of()));
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                byKey.putIfAbsent(NameKeys.key(candidate), candidate.strip());
            }
        }
        return byKey.values().stream().filter(name -> name != null).toList();
    }

    private static String idOf(Map<String, String> row) {
        String gss = BundledCsv.value(row, "gss-code");
        return gss != null ? gss : row.get("local-authority-code").toLowerCase(Locale.ROOT);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
