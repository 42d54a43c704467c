package org.rapport.testing;

import net.java.ao.DatabaseProvider;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every SQL statement Active Objects prepares or executes from the moment it is opened
 * until it is closed, so a test can bound the statements an operation costs:
 * <pre>{@code
 * try (SqlCounter sql = db.countStatements()) {
 *     store.list(true);
 *     assertThat(sql.statements()).hasSize(1);
 * }
 * }</pre>
 * AO reports each statement once, when it prepares it (queries, inserts, updates) or executes it
 * directly (schema changes), from whichever thread runs it. SQL a test sends over its own JDBC
 * connection is not seen.
 */
public final class SqlCounter implements AutoCloseable {
    private final DatabaseProvider provider;
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final DatabaseProvider.SqlListener listener = statements::add;

    SqlCounter(DatabaseProvider provider) {
        this.provider = provider;
        provider.addSqlListener(listener);
    }

    /** How many statements ran so far. */
    public int count() {
        return statements.size();
    }

    /** The statements so far, in order; assert on this list so that a failure shows the SQL. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    /** Forgets what was recorded so far, to count a later step on its own. */
    public void reset() {
        statements.clear();
    }

    /** Stops recording; what was recorded stays readable. */
    @Override
    public void close() {
        provider.removeSqlListener(listener);
    }
}
