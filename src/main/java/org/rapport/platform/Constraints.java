package org.rapport.platform;

import java.sql.SQLException;
import java.sql.SQLTransientException;

/** Recognises a database unique-constraint violation behind whatever the ORM wrapped it in. */
public final class Constraints {
    private Constraints() {
    }

    /**
     * True when the cause chain holds an SQL integrity violation (SQLState class 23), which every
     * database Jira supports reports for a unique index hit by a concurrent insert.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * True when the database refused the work for concurrency, and the same work may succeed if
     * tried again: a transient SQL failure (lock timeout) or SQLState class 40 (serialization
     * failure, deadlock).
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }
}
