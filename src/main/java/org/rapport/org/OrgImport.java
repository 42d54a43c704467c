package org.rapport.org;

import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the text of an org CSV ({@code username,manager,department}, header optional) into an
 * {@link ImportPlan} against the stored chart: resolves usernames to user keys, checks every line
 * and the loops the result would make. Reads only; the service writes the plan.
 *
 * <p>Semantics: an upsert. A line sets that person's manager and department (an empty cell clears
 * it); people not in the file keep what they have.
 */
final class OrgImport {
    /** Largest accepted CSV, in UTF-8 bytes. */
    static final int MAX_BYTES = 1024 * 1024;
    /** Most lines (records, header included) in one import. */
    static final int MAX_ROWS = 50_000;
    static final int USERNAME_MAX = 255;
    static final int DEPARTMENT_MAX = 100;
    static final List<String> HEADER = List.of("username", "manager", "department");

    /** What the planner reads from the host and the stored chart. */
    interface Lookups {
        /** The user key of an existing user with this username. */
        Optional<String> userKeyOf(String username);

        /** The stored rows of these people. */
        Map<String, OrgPerson> stored(Collection<String> userKeys);

        /** Every stored person-to-manager pair. */
        Map<String, String> storedManagers();
    }

    private OrgImport() {
    }

    /** Refuses what is too big to plan (400 on the field {@code csv}); per-line problems go into the plan. */
    static ImportPlan plan(String csv, Lookups lookups) {
        String text = csv == null ? "" : csv;
        if (text.length() > MAX_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException(FieldError.of("csv", "rapport.org.error.too.big", MAX_BYTES / 1024));
        }
        OrgCsv.Parsed parsed;
        try {
            parsed = OrgCsv.parse(text, MAX_ROWS);
        } catch (OrgCsv.TooManyRecordsException e) {
            throw new InvalidInputException(FieldError.of("csv", "rapport.org.error.too.many.rows", MAX_ROWS));
        }
        List<OrgCsv.Record> records = parsed.records();
        if (!records.isEmpty() && isHeader(records.get(0))) {
            records = records.subList(1, records.size());
        }
        if (records.isEmpty() && parsed.errors().isEmpty()) {
            throw new InvalidInputException(FieldError.of("csv", "rapport.org.error.empty"));
        }
        // A line that is not CSV is one more line error: the other lines are still checked and planned.
        List<RowError> syntax = parsed.errors().stream().map(e -> RowError.of(e.line(), "row", e.problem() == OrgCsv.Problem.UNCLOSED_QUOTE
                ? "rapport.org.error.syntax.unclosed" : "rapport.org.error.syntax.after")).toList();
        return new Planner(lookups, syntax).plan(records);
    }

    private static boolean isHeader(OrgCsv.Record record) {
        return record.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER);
    }

    private static final class Planner {
        private final Lookups lookups;
        private final Map<String, Optional<String>> keys = new HashMap<>();
        private final List<RowError> errors = new ArrayList<>();

        Planner(Lookups lookups, List<RowError> syntaxErrors) {
            this.lookups = lookups;
            this.errors.addAll(syntaxErrors);
        }

        private Optional<String> keyOf(String username) {
            return keys.computeIfAbsent(username.toLowerCase(Locale.ROOT), u -> lookups.userKeyOf(username));
        }

        ImportPlan plan(List<OrgCsv.Record> records) {
            List<ImportPlan.Row> candidates = new ArrayList<>();
            Set<String> seenUsers = new HashSet<>();
            for (OrgCsv.Record record : records) {
                int line = record.line();
                if (record.fields().size() != HEADER.size()) {
                    errors.add(RowError.of(line, "row", "rapport.org.error.columns", HEADER.size(), record.fields().size()));
                    continue;
                }
                String username = Text.clean(record.fields().get(0));
                String manager = Text.clean(record.fields().get(1));
                String department = Text.clean(record.fields().get(2));
                int before = errors.size();
                String userKey = resolve(line, "username", username, true);
                String managerKey = manager.isEmpty() ? null : resolve(line, "manager", manager, false);
                List<FieldError> departmentErrors = new ArrayList<>();
                Text.checkLine("department", department, 0, DEPARTMENT_MAX, departmentErrors);
                departmentErrors.forEach(e -> errors.add(new RowError(line, "department", e.messageKey(), e.arguments())));
                String identity = userKey != null ? userKey : username.toLowerCase(Locale.ROOT);
                if (!username.isEmpty() && !seenUsers.add(identity)) {
                    errors.add(RowError.of(line, "username", "rapport.org.error.duplicate", username));
                }
                if (userKey != null && userKey.equals(managerKey)) {
                    errors.add(RowError.of(line, "manager", "rapport.org.error.self"));
                }
                if (errors.size() == before) {
                    candidates.add(new ImportPlan.Row(line, username, userKey, manager.isEmpty() ? null : manager, managerKey,
                            department.isEmpty() ? null : department, ImportPlan.Change.UNCHANGED));
                }
            }
            checkLoops(candidates);
            Map<String, OrgPerson> stored = lookups.stored(candidates.stream().map(ImportPlan.Row::userKey).toList());
            List<ImportPlan.Row> rows = candidates.stream().map(r -> withChange(r, stored.get(r.userKey()))).toList();
            errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new ImportPlan(rows, errors);
        }

        private String resolve(int line, String column, String username, boolean required) {
            List<FieldError> problems = new ArrayList<>();
            Text.checkLine(column, username, required ? 1 : 0, USERNAME_MAX, problems);
            if (!problems.isEmpty()) {
                problems.forEach(e -> errors.add(new RowError(line, column, e.messageKey(), e.arguments())));
                return null;
            }
            Optional<String> key = keyOf(username);
            if (key.isEmpty()) {
                errors.add(RowError.of(line, column, "username".equals(column) ? "rapport.org.error.unknown.user"
                        : "rapport.org.error.unknown.manager", username));
                return null;
            }
            return key.get();
        }

        /** The stored managers with the file's lines laid over them must hold no loop. */
        private void checkLoops(List<ImportPlan.Row> candidates) {
            Map<String, String> managers = new HashMap<>(lookups.storedManagers());
            for (ImportPlan.Row row : candidates) {
                if (row.managerKey() == null) {
                    managers.remove(row.userKey());
                } else {
                    managers.put(row.userKey(), row.managerKey());
                }
            }
            Set<String> looped = ManagerLoops.peopleOnLoops(managers);
            if (looped.isEmpty()) {
                return;
            }
            List<ImportPlan.Row> kept = new ArrayList<>();
            for (ImportPlan.Row row : candidates) {
                if (looped.contains(row.userKey()) && row.managerKey() != null) {
                    errors.add(RowError.of(row.line(), "manager", "rapport.org.error.loop", row.manager()));
                } else {
                    kept.add(row);
                }
            }
            candidates.retainAll(kept);
        }

        private static ImportPlan.Row withChange(ImportPlan.Row row, OrgPerson stored) {
            ImportPlan.Change change = stored == null
                    ? (row.managerKey() == null && row.department() == null ? ImportPlan.Change.UNCHANGED : ImportPlan.Change.ADD)
                    : stored.samePlaceAs(row.person()) ? ImportPlan.Change.UNCHANGED : ImportPlan.Change.CHANGE;
            return new ImportPlan.Row(row.line(), row.username(), row.userKey(), row.manager(), row.managerKey(), row.department(), change);
        }
    }
}
