package org.rapport.standalone.db;

import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithUrlAndUsernameAndPassword;

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

    private HostDatabase(DatabaseSettings settings, EntityManager entityManager, String tablePrefix) {
        this.settings = settings;
        this.entityManager = entityManager;
        this.tablePrefix = tablePrefix;
    }

    /**
     * AO 3.2.11 starts its own transactions at SERIALIZABLE unless this JVM property names another
     * level (read at each start). In Jira and Confluence the AO plugin joins the product's
     * transaction, at READ COMMITTED on PostgreSQL; the host matches that, so a race between two
     * inserts ends in a unique-constraint violation (a 409) rather than a serialization failure.
     */
    static final String AO_ISOLATION_PROPERTY = "ao.transaction.isolation.level";

    /** Opens (and pools) connections for the plugin namespace's tables. */
    public static HostDatabase open(DatabaseSettings settings, String aoNamespace) {
        if (System.getProperty(AO_ISOLATION_PROPERTY) == null) {
            System.setProperty(AO_ISOLATION_PROPERTY, "TRANSACTION_READ_COMMITTED");
        }
        String prefix = tablePrefix(aoNamespace);
        EntityManagerBuilderWithUrlAndUsernameAndPassword builder =
                EntityManagerBuilder.url(settings.url()).username(settings.user()).password(settings.password());
        if (settings.schema() != null) {
            builder = builder.schema(settings.schema());
        }
        EntityManager em = builder.dbcp()
                .tableNameConverter(new AtlassianTableNameConverter(name -> prefix + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                // Touch only our own tables, as the AO plugin does: never the host's.
                .schemaConfiguration((tableName, caseSensitive) -> tableName.toUpperCase(Locale.ROOT).startsWith(prefix))
                .build();
        return new HostDatabase(settings, em, prefix);
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

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }
}
