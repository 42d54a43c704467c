package org.rapport.mentoring.programme;

import org.rapport.mentoring.pairing.Mentorship;
import org.rapport.people.Person;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every pairing as CSV (RFC 4180: comma separated, CRLF line ends, quotes doubled), read
 * {@value #CHUNK} pairings per query and written as it goes, so the export holds one chunk in
 * memory whatever the table's size. Holds ids, people, departments, status, dates, check-in figures
 * and health; never a message, note or feedback text.
 *
 * <p>Cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage
 * return) get a leading apostrophe, so a display name such as {@code =HYPERLINK(...)} stays text.
 */
public final class PairingCsv {
    static final int CHUNK = 500;
    static final List<String> HEADER = List.of("id", "mentor_username", "mentor_name", "mentor_department",
            "mentee_username", "mentee_name", "mentee_department", "status", "proposed_by", "created_at", "started_at",
            "ended_at", "check_ins", "last_check_in", "next_due_at", "health");

    /** Where the rows come from: the pairings after an id, in id order, with their departments and health. */
    @FunctionalInterface
    interface Rows {
        List<ProgrammePairing> after(long afterId, int limit);
    }

    private final Rows rows;
    private final Function<String, Person> people;

    /*
     * Takes its rows as a function rather than the programme itself: the programme builds the export
     * (after checking the caller), so the export must not call back into it.
     */
    PairingCsv(Rows rows, Function<String, Person> people) {
        this.rows = rows;
        this.people = people;
    }

    public void writeTo(Writer out) throws IOException {
        line(out, HEADER);
        long after = 0;
        while (true) {
            List<ProgrammePairing> chunk = rows.after(after, CHUNK);
            // One directory lookup per person per chunk: a busy mentor appears in many rows.
            Map<String, Person> known = new HashMap<>();
            for (ProgrammePairing row : chunk) {
                Mentorship m = row.pairing();
                Person mentor = known.computeIfAbsent(m.mentorKey(), people);
                Person mentee = known.computeIfAbsent(m.menteeKey(), people);
                line(out, List.of(Long.toString(m.id()), mentor.username(), mentor.displayName(), row.mentorDepartment(),
                        mentee.username(), mentee.displayName(), row.menteeDepartment(), m.status().name(),
                        m.proposedBy().name(), text(m.createdAt()), text(m.startedAt()), text(m.endedAt()),
                        Integer.toString(m.checkInCount()), text(m.lastCheckInOn()), text(m.nextDueAt()), row.health().name()));
                after = m.id();
            }
            out.flush();
            if (chunk.size() < CHUNK) {
                return;
            }
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell, guarded against formula injection, quoted when it holds a comma, quote or line break. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String text(Instant at) {
        return at == null ? "" : at.toString();
    }

    private static String text(LocalDate on) {
        return on == null ? "" : on.toString();
    }
}
