package org.floorcross.web;

import java.util.List;

/**
 * CSV per RFC 4180: fields with commas, quotes or line breaks are quoted; a field that a spreadsheet would take for a
 * formula (starting with =, +, -, @) is prefixed with an apostrophe.
 */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    Csv row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
        return this;
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static String joined(List<String> values) {
        return String.join("; ", values);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
