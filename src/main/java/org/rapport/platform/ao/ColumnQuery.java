package org.rapport.platform.ao;

import net.java.ao.Query;

/**
 * An Active Objects SELECT of plain column names, as every store writes them ({@code "ID, NAME"}),
 * that reads its column list without AO's regular expressions.
 *
 * <p>AO parses the select list again each time it renders the query and again for each row it
 * turns into an entity, and for every column it runs two patterns (an alias, {@code .+?\s+...$},
 * searched from each position; an aggregate function). A 12-column select cost about 11 µs per
 * parse, and under load that was 39 % of the host's CPU samples on a profile page (JFR, issue 16).
 * A name without whitespace or a parenthesis can match neither pattern, so for it the answer is
 * the one AO would give: the name itself, no alias, no function. Anything else goes to AO.
 */
public final class ColumnQuery extends Query {
    private static final long serialVersionUID = 1L;

    private ColumnQuery(String columns) {
        super(QueryType.SELECT, columns);
    }

    /** {@link Query#select(String)} of these comma-separated columns (never {@code *}). */
    public static Query select(String columns) {
        if (columns == null || columns.contains("*")) {
            throw new IllegalArgumentException("Select named columns, not: " + columns);
        }
        return new ColumnQuery(columns);
    }

    @Override
    protected FieldMetadata getSingleFieldMetadata(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                return super.getSingleFieldMetadata(field);
            }
        }
        return new FieldMetadata(field, null, null);
    }
}
