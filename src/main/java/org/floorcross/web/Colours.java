package org.floorcross.web;

import java.util.Locale;
import java.util.Map;

/** A colour per bloc for the charts: the parties' usual colours, a stable pick from a palette for the rest. */
final class Colours {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("labour", "#d50000"), Map.entry("conservative", "#0087dc"),
            Map.entry("liberal democrats", "#faa61a"), Map.entry("green", "#02a95b"),
            Map.entry("reform uk", "#12b6cf"), Map.entry("snp", "#fdf38e"),
            Map.entry("plaid cymru", "#005b54"), Map.entry("independent", "#9e9e9e"),
            Map.entry("vacant", "#e0e0e0"), Map.entry("alba", "#005eb8"),
            Map.entry("dup", "#d46a4c"), Map.entry("sinn féin", "#326760"),
            Map.entry("alliance", "#f6cb2f"), Map.entry("uup", "#48a5ee"), Map.entry("sdlp", "#2aa82c"));
    private static final String[] PALETTE = {"#6a1b9a", "#8d6e63", "#ad1457", "#283593", "#00838f", "#558b2f",
        "#ef6c00", "#4e342e", "#37474f", "#c2185b"};

    private Colours() {
    }

    /** A small square of the bloc's colour, for tables and legends. */
    static j2html.tags.ContainerTag<?> swatch(String bloc) {
        return j2html.TagCreator.tag("svg").attr("viewBox", "0 0 10 10").attr("class", "swatch")
                .attr("aria-hidden", "true").with(j2html.TagCreator.tag("rect").attr("width", 10).attr("height", 10)
                        .attr("fill", of(bloc)));
    }

    static String of(String bloc) {
        if (bloc == null) {
            return KNOWN.get("vacant");
        }
        String key = bloc.toLowerCase(Locale.ROOT);
        String known = KNOWN.get(key);
        return known != null ? known : PALETTE[Math.floorMod(key.hashCode(), PALETTE.length)];
    }
}
