package org.rapport.standalone.db;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The host's database, reached through Active Objects with the naming rules of the AO plugin:
 * tables {@code AO_<last 6 hex of md5(namespace)>_NAME}, upper-case underscored columns.
 */
public final class HostDatabase implements AutoCloseable {
    private final DatabaseSettings settings;
    private final EntityManager entityManager;
    private final String tablePrefix;
    private final ConnectionPool pool;

    private HostDatabase(DatabaseSettings settings, EntityManager entityManager, String tablePrefix, ConnectionPool pool) {
        this.settings = settings;
        this.entityManager = entityManager;
        this.tablePrefix = tablePrefix;
        this.pool = pool;
    }

    /**
     * AO 3.2.11 starts its own transactions at SERIALIZABLE unless this JVM property names another
     * level (read at each start). In Jira and Confluence the AO plugin joins the product's
     * transaction, at READ COMMITTED on PostgreSQL; the host matches that, so a race between two
     * inserts ends in a unique-constraint violation (a 409) rather than a serialization failure.
     */
    static final String AO_ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    /**
     * Connections the pool keeps at most. Sized for the evaluation host on a small machine (two
     * cores): more connections than cores only queue inside the database, and Jetty's request
     * threads ({@code HostServer}) wait here instead of piling up work the database cannot do.
     */
    static final int POOL_SIZE = 10;
    /** The pool's name in logs and in JMX ({@code com.zaxxer.hikari:type=Pool (rapport-db)}). */
    public static final String POOL_NAME = "rapport-db";

    /** Opens (and pools) connections for the plugin namespace's tables. */
    public static HostDatabase open(DatabaseSettings settings, String aoNamespace) {
        if (System.getProperty(AO_ISOLATION_PROPERTY) == null) {
            System.setProperty(AO_ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");
        }
        String prefix = tablePrefix(aoNamespace);
        ConnectionPool pool = new ConnectionPool(settings, POOL_NAME, POOL_SIZE);
        try {
            // AO 3.2.11's EntityManagerBuilder offers only dbcp 1.4, proxool, DbPool and c3p0; the
            // EntityManager itself takes any DatabaseProvider, which takes any DisposableDataSource.
            // The configuration is what the builder would make with these converters.
            DatabaseProvider provider = settings.isPostgres()
                    ? new PostgreSQLDatabaseProvider(pool, settings.schema())
                    : settings.schema() == null ? new H2DatabaseProvider(pool) : new H2DatabaseProvider(pool, settings.schema());
            NameConverters names = new SimpleNameConverters(
                    new AtlassianTableNameConverter(name -> prefix + name),
                    new AtlassianFieldNameConverter(),
                    new AtlassianSequenceNameConverter(),
                    new AtlassianTriggerNameConverter(),
                    new AtlassianIndexNameConverter(),
                    new AtlassianUniqueNameConverter());
            // Touch only our own tables, as the AO plugin does: never the host's.
            SchemaConfiguration ownTablesOnly = (tableName, caseSensitive) -> tableName.toUpperCase(Locale.ROOT).startsWith(prefix);
            EntityManager em = new EntityManager(provider, new Configuration(names, ownTablesOnly));
            return new HostDatabase(settings, em, prefix, pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** What AO's builder hands the EntityManager: no weak cache, AO's caching entity-info resolver. */
    private record Configuration(NameConverters getNameConverters, SchemaConfiguration getSchemaConfiguration)
            implements EntityManagerConfiguration {
        @Override
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return new CachingEntityInfoResolverFactory();
        }
    }

    /** {@code AO_} + the last six hex digits of md5(namespace), upper-cased, + {@code _}. */
    public static String tablePrefix(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    public DatabaseProvider provider() {
        return entityManager.getProvider();
    }

    /** A connection for the host's own tables; inside an AO transaction, that transaction's. */
    public Connection connection() throws SQLException {
        return entityManager.getProvider().getConnection();
    }

    public String tablePrefix() {
        return tablePrefix;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** The pool's figures now (also in JMX under {@value #POOL_NAME}). */
    public ConnectionPool.Figures poolFigures() {
        return pool.figures();
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }
}
