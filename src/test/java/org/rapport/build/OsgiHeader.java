package org.rapport.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed OSGi manifest header such as {@code Import-Package} (OSGi Core 3.2.4):
 * {@code path;path;attr=value;directive:=value, ...}, with quoted values that may hold commas.
 */
final class OsgiHeader {
    private OsgiHeader() {
    }

    /** One package (or path) of a header with the attributes and directives of its clause. */
    record Clause(String name, Map<String, String> attributes, Map<String, String> directives) {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(name);
            attributes.forEach((k, v) -> text.append(';').append(k).append("=\"").append(v).append('"'));
            directives.forEach((k, v) -> text.append(';').append(k).append(":=").append(v));
            return text.toString();
        }
    }

    /** The clauses of a header value, one per package name; an absent or blank header has none. */
    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                int directive = part.indexOf(":=");
                int attribute = part.indexOf('=');
                if (directive > 0 && directive < attribute + 1) {
                    directives.put(part.substring(0, directive).strip(), unquote(part.substring(directive + 2)));
                } else if (attribute > 0) {
                    attributes.put(part.substring(0, attribute).strip(), unquote(part.substring(attribute + 1)));
                } else if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
            for (String name : names) {
                clauses.add(new Clause(name, attributes, directives));
            }
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
