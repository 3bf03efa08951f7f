package org.floorcross.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Town and parish councils from the ONS list of civil parishes (England) and communities (Wales), December 2019.
 * The list does not say how a council styles itself, so an English parish is named "X Parish Council" and a Welsh
 * community "X Community Council"; "X Town Council", "X Parish Council", "X Community Council", "X Village Council",
 * "X City Council", "X Council", the plain name and any Welsh name are alternative names. The id is the PAR19CD
 * code; the parent is the district that covers it today (2019 districts since merged map to their successor).
 */
final class Parishes {

    private static final List<String> STYLES =
            List.of("Town Council", "Parish Council", "Community Council", "Village Council", "City Council", "Council");

    private Parishes() {
    }

    static List<Body> load(UnaryOperator<String> currentDistrictId) {
        List<Body> parishes = new ArrayList<>();
        Map<String, String> parentCache = new LinkedHashMap<>();
        BundledCsv.forEachRow("parishes_dec2019_england_wales.csv", row -> {
            String id = row.get("PAR19CD");
            String name = row.get("PAR19NM").strip();
            boolean welsh = id.startsWith("W");
            String parent = parentCache.computeIfAbsent(row.get("LAD19CD"), currentDistrictId);
            parishes.add(new Body(id, name + (welsh ? " Community Council" : " Parish Council"),
                    BodyKind.TOWN_OR_PARISH, welsh ? "Wales" : "England", parent, null, null,
                    altNames(name, welsh, BundledCsv.value(row, "PAR19NMW"))));
        });
        return parishes;
    }

    private static List<String> altNames(String name, boolean welsh, String welshName) {
        List<String> names = new ArrayList<>();
        names.add(name);
        String ownStyle = welsh ? "Community Council" : "Parish Council";
        for (String style : STYLES) {
            if (!style.equals(ownStyle)) {
                names.add(name + " " + style);
            }
        }
        if (welshName != null && !welshName.equals(name)) {
            names.add(welshName);
        }
        return names;
    }
}
