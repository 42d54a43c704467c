package org.rapport.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.rapport.standalone.ao.HostActiveObjects;
import org.rapport.standalone.db.HostDatabase;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * A real database for each test class, reached through Active Objects with the table and column
 * names the AO plugin gives Rapport in Jira and Confluence.
 *
 * <p>The build picks the database with {@code -Drapport.test.db}: {@code h2} (an in-memory
 * database per class) or {@code postgres} (a fresh schema per class on the server named by
 * {@code -Drapport.test.pg.url}, {@code .user}, {@code .password}, dropped afterwards). Before each
 * test every Rapport table is emptied, so tests create the rows they need and share none.
 *
 * <pre>{@code
 * @Tag("database")
 * class CategoryStoreTest {
 *     @RegisterExtension
 *     static final TestDatabase db = new TestDatabase();
 *
 *     @BeforeAll
 *     static void schema() {
 *         db.migrate(CategoryEntity.class);
 *     }
 * }
 * }</pre>
 * With {@code @ExtendWith(TestDatabase.class)} instead, tests and lifecycle methods receive the
 * {@code TestDatabase} or its {@link ActiveObjects} as parameters.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
    /** The AO namespace in atlassian-plugin.xml; it fixes the table prefix. */
    private static final String AO_NAMESPACE = "org.rapport";

    private Open open;
    // @Nested classes run beforeAll/afterAll again on the same extension: they share the outer database.
    private int classDepth;

    /** A test class's database and what the extension built over it, created and closed together. */
    private record Open(ScratchDatabase scratch, HostDatabase host, HostActiveObjects activeObjects,
                        RapportTables tables, Set<Class<?>> migrated) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (classDepth++ > 0) {
            return;
        }
        ScratchDatabase scratch = ScratchDatabase.create(context.getRequiredTestClass());
        try {
            HostDatabase host = HostDatabase.open(scratch.settings(), AO_NAMESPACE);
            open = new Open(scratch, host, new HostActiveObjects(host.entityManager()),
                    new RapportTables(host.provider(), host.tablePrefix()), new HashSet<>());
        } catch (RuntimeException e) {
            scratch.drop();
            throw e;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--classDepth > 0 || open == null) {
            return;
        }
        Open closing = open;
        open = null;
        try {
            closing.host().close();
        } finally {
            closing.scratch().drop();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        requireOpen().tables().deleteAllRows();
    }

    /** Active Objects as the plugin sees it; a nested {@code executeInTransaction} joins the outer one. */
    public HostActiveObjects activeObjects() {
        return requireOpen().activeObjects();
    }

    /**
     * Creates or updates the tables of these entities, as the AO plugin does from
     * {@code atlassian-plugin.xml}. Entities this database already migrated are not migrated
     * again, so calling this before each test costs nothing after the first time.
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        Open database = requireOpen();
        if (database.migrated().containsAll(Arrays.asList(entities))) {
            return;
        }
        database.activeObjects().migrate(entities);
        database.migrated().addAll(List.of(entities));
    }

    /** The host's view of this database: its settings, pool and table prefix (for bulk loading past AO). */
    public HostDatabase hostDatabase() {
        return requireOpen().host();
    }

    /** Starts recording the SQL statements Active Objects runs; close it to stop. */
    public SqlCounter countStatements() {
        return new SqlCounter(requireOpen().host().provider());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestDatabase.class || type == ActiveObjects.class || type == HostActiveObjects.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class ? this : activeObjects();
    }

    private Open requireOpen() {
        if (open == null) {
            throw new IllegalStateException("TestDatabase is open only while its test class runs: register it with "
                    + "@RegisterExtension on a static field, or with @ExtendWith on the class");
        }
        return open;
    }
}
