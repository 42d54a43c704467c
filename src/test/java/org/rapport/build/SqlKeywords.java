package org.rapport.build;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * SQL keywords that must not name an AO table or column: the reserved words Active Objects itself
 * records for each database the products run on (its {@code RESERVED_WORDS} per provider), plus
 * words that have bitten plugins on some of them even where AO does not list them.
 */
final class SqlKeywords {
    /** PostgreSQL, MySQL, Oracle and SQL Server in production; H2 and HSQL in development instances. */
    private static final List<String> PROVIDERS = List.of(
            "net.java.ao.db.PostgreSQLDatabaseProvider",
            "net.java.ao.db.MySQLDatabaseProvider",
            "net.java.ao.db.OracleDatabaseProvider",
            "net.java.ao.db.SQLServerDatabaseProvider",
            "net.java.ao.db.H2DatabaseProvider",
            "net.java.ao.db.HSQLDatabaseProvider");

    /** The words platform-facts.md warns about, and Oracle's, whatever AO's lists say. */
    private static final List<String> ALWAYS = List.of(
            "KEY", "VALUE", "USER", "ORDER", "GROUP", "DATE", "COUNT", "POSITION", "TIMESTAMP", "LEVEL", "SIZE",
            "TYPE", "INDEX", "COMMENT", "NUMBER", "ROW", "ROWNUM", "UID", "SESSION", "TABLE", "COLUMN", "SELECT",
            "FROM", "WHERE", "LIMIT", "OFFSET");

    private SqlKeywords() {
    }

    static Set<String> ofDatabasesTheProductsSupport() {
        Set<String> words = new TreeSet<>(ALWAYS);
        for (String provider : PROVIDERS) {
            words.addAll(reservedWords(provider));
        }
        return words;
    }

    private static Collection<String> reservedWords(String provider) {
        try {
            Field field = Class.forName(provider).getDeclaredField("RESERVED_WORDS");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            Collection<String> words = (Collection<String>) field.get(null);
            return words;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new AssertionError("Cannot read the reserved words of " + provider + " from Active Objects ("
                    + e + "); update SqlKeywords for this AO version", e);
        }
    }
}
