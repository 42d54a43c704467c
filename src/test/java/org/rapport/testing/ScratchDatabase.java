package org.rapport.testing;

import org.rapport.standalone.db.DatabaseSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * An empty database that lives as long as one test class: an H2 database in memory, or a fresh
 * schema on the PostgreSQL server named by system properties. {@link #drop} removes it again.
 */
abstract class ScratchDatabase {
    static final String DATABASE_PROPERTY = "rapport.test.db";
    static final String PG_URL_PROPERTY = "rapport.test.pg.url";
    static final String PG_USER_PROPERTY = "rapport.test.pg.user";
    static final String PG_PASSWORD_PROPERTY = "rapport.test.pg.password";

    /** Where Active Objects should find the database. */
    abstract DatabaseSettings settings();

    /** Deletes the database and everything in it; the pool using it must be closed first. */
    abstract void drop();

    /** Human-readable location, for failure messages. */
    abstract String describe();

    /**
     * Creates the database the build asks for with {@value #DATABASE_PROPERTY}: {@code h2} (also
     * when the property is absent, as in an IDE) or {@code postgres}. Anything else fails, and so
     * does {@code postgres} without a server: a database test must never pass by not running.
     */
    static ScratchDatabase create(Class<?> testClass) {
        String kind = System.getProperty(DATABASE_PROPERTY, "h2").strip().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "h2" -> new InMemoryH2(testClass);
            case "postgres" -> PostgresSchema.create();
            default -> throw new IllegalStateException(
                    "Unknown -D" + DATABASE_PROPERTY + "=" + kind + ": use h2 or postgres");
        };
    }

    private static String randomSuffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A private in-memory H2 database, named after the test class so parallel classes never share one. */
    private static final class InMemoryH2 extends ScratchDatabase {
        private final String url;

        InMemoryH2(Class<?> testClass) {
            String name = testClass.getSimpleName().replaceAll("[^A-Za-z0-9_]", "_") + "_" + randomSuffix();
            // DB_CLOSE_DELAY=-1 keeps the database while the pool has no open connection; drop() ends it.
            this.url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        }

        @Override
        DatabaseSettings settings() {
            // AO 3.2.11 on H2 2.x reads the tables of every schema unless it is given one.
            return new DatabaseSettings(url, "sa", "", "PUBLIC");
        }

        @Override
        void drop() {
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not shut down " + describe(), e);
            }
        }

        @Override
        String describe() {
            return "H2 " + url;
        }
    }

    /**
     * A schema {@code rapport_t_<random>} of its own on the configured PostgreSQL server, dropped
     * with CASCADE afterwards. A JVM killed mid-run leaves its schema behind; they are safe to drop.
     */
    private static final class PostgresSchema extends ScratchDatabase {
        private final String serverUrl;
        private final String user;
        private final String password;
        private final String schema;

        private PostgresSchema(String serverUrl, String user, String password, String schema) {
            this.serverUrl = serverUrl;
            this.user = user;
            this.password = password;
            this.schema = schema;
        }

        static PostgresSchema create() {
            String url = System.getProperty(PG_URL_PROPERTY, "").strip();
            if (url.isEmpty()) {
                throw new IllegalStateException("-D" + DATABASE_PROPERTY + "=postgres needs a server: pass -D"
                        + PG_URL_PROPERTY + "=jdbc:postgresql://HOST:PORT/DATABASE -D" + PG_USER_PROPERTY
                        + "=USER -D" + PG_PASSWORD_PROPERTY + "=PASSWORD on the mvn command line");
            }
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalStateException("-D" + PG_URL_PROPERTY + " must be a jdbc:postgresql: URL, not " + url);
            }
            if (url.contains("currentSchema=")) {
                throw new IllegalStateException("-D" + PG_URL_PROPERTY
                        + " must not set currentSchema: every test class gets a schema of its own");
            }
            // Lower case so that the unquoted name AO puts before every table means this schema.
            String schema = "rapport_t_" + randomSuffix();
            PostgresSchema created = new PostgresSchema(url, System.getProperty(PG_USER_PROPERTY, ""),
                    System.getProperty(PG_PASSWORD_PROPERTY, ""), schema);
            created.execute("CREATE SCHEMA " + schema);
            return created;
        }

        @Override
        DatabaseSettings settings() {
            // AO qualifies its own SQL with the schema; currentSchema puts it first on the search
            // path too, as for a Jira whose schema is the connection's default, so that raw SQL
            // without a schema (findWithSQL, test queries) finds the same tables.
            String separator = serverUrl.contains("?") ? "&" : "?";
            return new DatabaseSettings(serverUrl + separator + "currentSchema=" + schema, user, password, schema);
        }

        @Override
        void drop() {
            execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }

        @Override
        String describe() {
            return "PostgreSQL schema " + schema + " at " + serverUrl;
        }

        private void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not run '" + sql + "' on " + serverUrl
                        + " (-D" + PG_URL_PROPERTY + ", -D" + PG_USER_PROPERTY + ", -D" + PG_PASSWORD_PROPERTY + ")", e);
            }
        }
    }
}
