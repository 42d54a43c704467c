package org.rapport.org.rest;

import java.util.List;

/**
 * The answer to an import: whether it was a dry run, whether the file is valid, the counts, the
 * first {@value OrgViews#ROWS_SHOWN} valid lines with their change, and every error by line.
 */
public record ImportJson(boolean dryRun, boolean valid, long added, long changed, long unchanged, List<Row> rows, List<Error> errors) {
    public record Row(int line, String username, String userKey, String manager, String department, String change) {
    }

    /** {@code field} is {@code rows[LINE].COLUMN}, as in a 400 answer. */
    public record Error(int line, String column, String field, String message) {
    }
}
