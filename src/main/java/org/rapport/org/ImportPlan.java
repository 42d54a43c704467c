package org.rapport.org;

import java.util.List;

/**
 * What an org import would do (a dry run) or did: every valid row with its change, and an error
 * per bad row. An import with any error writes nothing.
 */
public record ImportPlan(List<Row> rows, List<RowError> errors) {
    public ImportPlan {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    /** What importing a row does to the stored data. */
    public enum Change { ADD, CHANGE, UNCHANGED }

    /** One valid line: the names as written, the user keys they resolve to, and the change. */
    public record Row(int line, String username, String userKey, String manager, String managerKey, String department, Change change) {
        public OrgPerson person() {
            return new OrgPerson(userKey, managerKey, department);
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public long count(Change change) {
        return rows.stream().filter(r -> r.change() == change).count();
    }

    /** The rows whose import writes something. */
    public List<OrgPerson> writes() {
        return rows.stream().filter(r -> r.change() != Change.UNCHANGED).map(Row::person).toList();
    }
}
