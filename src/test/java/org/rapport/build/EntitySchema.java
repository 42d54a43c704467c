package org.rapport.build;

import net.java.ao.Common;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.schema.Case;
import net.java.ao.schema.TableAnnotationTableNameConverter;
import net.java.ao.schema.UnderscoreTableNameConverter;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table and columns Active Objects creates for an entity interface inside Jira and Confluence,
 * computed by AO's own code (3.2.11): the table name as {@code AtlassianTableNameConverter} builds it
 * ({@code @Table} value or simple name, upper case with underscores) and the columns as
 * {@code SchemaGenerator.parseFields} finds them ({@code Common.getValueFieldsMethods},
 * {@code AtlassianFieldNameConverter}: {@code getFooBar} -> {@code FOO_BAR}, a relation -> {@code BAR_ID}).
 *
 * @param table   the table name without the prefix
 * @param columns column name -> the method it comes from (for messages)
 */
record EntitySchema(Class<?> entity, String table, Map<String, String> columns) {
    /** Oracle's identifier limit, which AO enforces on every database, prefix included. */
    static final int MAX_NAME_LENGTH = 30;

    /** {@code AO_} + the last 6 hex digits of md5(namespace), upper case, + {@code _}: always 10 characters. */
    static String tablePrefix(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AO's switch for its own 30-character check, which would throw before a test can list every long name. */
    private static final String ENFORCE_LENGTH = "ao.atlassian.enforce.length";

    /** The schema of an entity interface, long names included (the tests report them). */
    @SuppressWarnings("unchecked")
    static synchronized EntitySchema of(Class<?> type) {
        Class<? extends RawEntity<?>> entity = (Class<? extends RawEntity<?>>) type;
        String enforce = System.getProperty(ENFORCE_LENGTH);
        System.setProperty(ENFORCE_LENGTH, "false");
        try {
            UnderscoreTableNameConverter base = new UnderscoreTableNameConverter(Case.UPPER);
            String table = new TableAnnotationTableNameConverter(base, base).getName(entity);
            AtlassianFieldNameConverter fields = new AtlassianFieldNameConverter();
            Map<String, String> columns = new TreeMap<>();
            for (Method method : Common.getValueFieldsMethods(entity, fields)) {
                String column = fields.getName(method);
                if (column != null && Common.getAttributeTypeFromMethod(method) != null) {
                    columns.putIfAbsent(column, entity.getSimpleName() + "." + method.getName() + "()");
                }
            }
            return new EntitySchema(type, table, columns);
        } finally {
            if (enforce == null) {
                System.clearProperty(ENFORCE_LENGTH);
            } else {
                System.setProperty(ENFORCE_LENGTH, enforce);
            }
        }
    }
}
