package org.rapport.org;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for org imports: comma-separated fields, records ended by CRLF or LF
 * (a lone CR too), fields optionally in double quotes, where a doubled quote is a literal quote and
 * commas are data. A leading byte-order mark is ignored, blank lines are skipped, and every record
 * remembers its line, for error messages.
 *
 * <p>One departure from RFC 4180: a quoted field may not hold a line break. Every org field is a
 * single-line value (the import refuses line breaks in names and departments), so a quote still
 * open at the end of its line is a mistake; reading on, as RFC 4180 would, swallows the following
 * lines into one field until some later quote, and hides their errors. It is reported at its line
 * instead (issue 13), and the next line is read afresh.
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

    /** What is wrong with one line's CSV. */
    public enum Problem {
        /** A quote opens on this line and is never closed. */
        UNCLOSED_QUOTE,
        /** Text follows a closing quote in the same field. */
        TEXT_AFTER_QUOTE
    }

    /** A line that is not CSV: where, and what. */
    public record SyntaxError(int line, Problem problem) {
    }

    /** The records that parsed, and every line that did not, each at its line. */
    public record Parsed(List<Record> records, List<SyntaxError> errors) {
        public Parsed {
            records = List.copyOf(records);
            errors = List.copyOf(errors);
        }
    }

    /**
     * The records of the text, stopping with an exception once more than {@code maxRecords}
     * non-blank records were read (so a huge file is refused without being held as records).
     * A syntax error does not stop the reading: the broken line is left out, reported, and
     * reading goes on with the next line.
     */
    public static Parsed parse(String text, int maxRecords) {
        List<Record> records = new ArrayList<>();
        List<SyntaxError> errors = new ArrayList<>();
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int i = 0;
        int line = 1;
        int n = s.length();
        while (i < n) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean endOfRecord = false;
            SyntaxError broken = null;
            while (!endOfRecord) {
                if (i < n && s.charAt(i) == '"') {
                    i++;
                    boolean closed = false;
                    // A quoted field ends on its own line (see the class comment): a line break before
                    // the closing quote means the quote was never closed.
                    while (i < n && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                        char c = s.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && s.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            closed = true;
                            break;
                        }
                        field.append(c);
                        i++;
                    }
                    if (!closed) {
                        broken = new SyntaxError(line, Problem.UNCLOSED_QUOTE);
                        break;
                    }
                    if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                        broken = new SyntaxError(line, Problem.TEXT_AFTER_QUOTE);
                        break;
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
                i = endOfLine(s, i);
                line++;
            }
            if (broken != null) {
                // Leave the broken record out and go on with the next physical line.
                errors.add(broken);
                while (i < n && s.charAt(i) != '\r' && s.charAt(i) != '\n') {
                    i++;
                }
                i = endOfLine(s, i);
                line++;
                continue;
            }
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (!blank) {
                if (records.size() == maxRecords) {
                    throw new TooManyRecordsException(maxRecords);
                }
                records.add(new Record(recordLine, fields));
            }
        }
        return new Parsed(records, errors);
    }

    /** Past one line break (CRLF, LF or a lone CR) at {@code i}, if there is one. */
    private static int endOfLine(String s, int i) {
        int at = i;
        if (at < s.length() && s.charAt(at) == '\r') {
            at++;
        }
        if (at < s.length() && s.charAt(at) == '\n') {
            at++;
        }
        return at;
    }

    /** More records than allowed. */
    public static final class TooManyRecordsException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyRecordsException(int max) {
            super("More than " + max + " records");
        }
    }
}
