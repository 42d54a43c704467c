package org.rapport.org;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for org imports: comma-separated fields, records ended by CRLF or LF
 * (a lone CR too), fields optionally in double quotes, where a doubled quote is a literal quote and
 * commas and line breaks are data. A leading byte-order mark is ignored, blank lines are skipped,
 * and every record remembers the line it starts on, for error messages.
 *
 * <p>Why our own and not commons-csv: the products do not export commons-csv, so the plugin jar
 * would have to embed it (a library to keep patched for the Marketplace's security scan), for one
 * three-column format; this reader is short and tested case by case in {@code OrgCsvTest}.
 */
final class OrgCsv {
    private OrgCsv() {
    }

    /** One record: the line it starts on (1-based) and its fields, unquoted, untrimmed. */
    public record Record(int line, List<String> fields) {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    /** The text is not CSV: a quote is never closed, or text follows a closing quote. */
    public static final class SyntaxException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;

        SyntaxException(int line, String problem) {
            super("CSV syntax error on line " + line + ": " + problem);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /**
     * The records of the text, stopping with an exception once more than {@code maxRecords}
     * non-blank records were read (so a huge file is refused without being held as records).
     */
    public static List<Record> parse(String text, int maxRecords) {
        List<Record> records = new ArrayList<>();
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int i = 0;
        int line = 1;
        int n = s.length();
        while (i < n) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i < n && s.charAt(i) == '"') {
                    int quoteLine = line;
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new SyntaxException(quoteLine, "a quoted field is never closed");
                        }
                        char c = s.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && s.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (c == '\n' || (c == '\r' && (i + 1 >= n || s.charAt(i + 1) != '\n'))) {
                            line++;
                        }
                        field.append(c);
                        i++;
                    }
                    if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                        throw new SyntaxException(line, "text after a closing quote");
                    }
                } else {
                    while (i < n && s.charAt(i) != ',' && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                        field.append(s.charAt(i));
                        i++;
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i < n && s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                endOfRecord = true;
                if (i < n && s.charAt(i) == '\r') {
                    i++;
                }
                if (i < n && s.charAt(i) == '\n') {
                    i++;
                }
                line++;
            }
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (!blank) {
                if (records.size() == maxRecords) {
                    throw new TooManyRecordsException(maxRecords);
                }
                records.add(new Record(recordLine, fields));
            }
        }
        return records;
    }

    /** More records than allowed. */
    public static final class TooManyRecordsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRecordsException(int max) {
            super("More than " + max + " records");
        }
    }
}
