package org.rapport.bench;

import org.rapport.recognition.Direction;
import org.rapport.recognition.FeedCursor;
import org.rapport.recognition.LeaderboardPeriod;
import org.rapport.recognition.ao.RecipientEntity;
import org.rapport.recognition.ao.RecognitionEntity;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.recognition.category.ao.CategoryEntity;
import org.rapport.standalone.db.HostDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor for each read: the same rows fetched with minimal hand-written SQL over the same
 * pooled connections, one statement per result where a join can do it, no object mapping beyond
 * reading the columns. What the services cost above this is Active Objects, the extra round trips
 * of their query shape, the host's user lookups and (for the panel) Velocity.
 */
final class RawFloor {
    private final HostDatabase db;
    private final String recognition;
    private final String recipient;
    private final String tally;
    private final String category;

    RawFloor(HostDatabase db) {
        this.db = db;
        String prefix = db.tablePrefix();
        recognition = TableWriter.quote(TableWriter.tableName(prefix, RecognitionEntity.class));
        recipient = TableWriter.quote(TableWriter.tableName(prefix, RecipientEntity.class));
        tally = TableWriter.quote(TableWriter.tableName(prefix, TallyEntity.class));
        category = TableWriter.quote(prefix + CategoryEntity.TABLE);
    }

    /** The recognition columns the store reads, quoted, each prefixed with {@code alias.}. */
    private static String recognitionColumns(String alias) {
        return java.util.Arrays.stream(RecognitionEntity.ALL_COLUMNS.split(", ")).map(c -> alias + "." + q(c))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String q(String column) {
        return TableWriter.quote(column);
    }

    /** Statements per call of each floor, for the report. */
    int statementsPerCall(String operation) {
        return operation.startsWith("profile panel") ? 4 : 1;
    }

    int maxRecognitionId() {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT MAX(" + q(RecognitionEntity.ID) + ") FROM " + recognition);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Recognitions with their recipients, newest first: one statement joining the page to its recipients. */
    List<Object[]> publicPage(FeedCursor cursor, int limit) throws SQLException {
        String where = q(RecognitionEntity.SHOWN_PUBLICLY) + " = ?" + (cursor == null ? "" : " AND " + q(RecognitionEntity.CREATED_AT)
                + " <= ? AND (" + q(RecognitionEntity.CREATED_AT) + " < ? OR (" + q(RecognitionEntity.CREATED_AT) + " = ? AND "
                + q(RecognitionEntity.ID) + " < ?))");
        String sql = "SELECT " + recognitionColumns("r") + ", p." + q(RecipientEntity.RECIPIENT_KEY) + " FROM (SELECT " + recognitionColumns(recognition)
                + " FROM " + recognition + " WHERE " + where
                + " ORDER BY " + q(RecognitionEntity.SHOWN_PUBLICLY) + " DESC, " + q(RecognitionEntity.CREATED_AT) + " DESC, " + q(RecognitionEntity.ID) + " DESC LIMIT " + (limit + 1) + ") r"
                + " JOIN " + recipient + " p ON p." + q(RecipientEntity.RECOGNITION_ID) + " = r." + q(RecognitionEntity.ID)
                + " ORDER BY r." + q(RecognitionEntity.CREATED_AT) + " DESC, r." + q(RecognitionEntity.ID) + " DESC, p." + q(RecipientEntity.ID);
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setBoolean(1, true);
            if (cursor != null) {
                Timestamp at = new Timestamp(cursor.createdAt().toEpochMilli());
                ps.setTimestamp(2, at);
                ps.setTimestamp(3, at);
                ps.setTimestamp(4, at);
                ps.setInt(5, (int) Math.min(cursor.id(), Integer.MAX_VALUE));
            }
            return grouped(ps, limit);
        }
    }

    /**
     * The public recognitions of some categories, with their recipients: one statement. Each
     * category is walked on its own index ({@code CATEGORY_ID, SHOWN_PUBLICLY, CREATED_AT, ID})
     * for at most a page, the walks are put together and cut to a page: what a hand-written UNION
     * ALL can do and Active Objects' query builder cannot.
     */
    List<Object[]> categoriesPage(List<Long> categoryIds, int limit) throws SQLException {
        String walk = "(SELECT " + q(RecognitionEntity.ID) + ", " + q(RecognitionEntity.CREATED_AT) + " FROM " + recognition + " WHERE "
                + q(RecognitionEntity.CATEGORY_ID) + " = ? AND " + q(RecognitionEntity.SHOWN_PUBLICLY) + " = ? ORDER BY "
                + q(RecognitionEntity.CATEGORY_ID) + " DESC, " + q(RecognitionEntity.SHOWN_PUBLICLY) + " DESC, " + q(RecognitionEntity.CREATED_AT)
                + " DESC, " + q(RecognitionEntity.ID) + " DESC LIMIT " + (limit + 1) + ")";
        String sql = pageOfWalks(String.join(" UNION ALL ", Collections.nCopies(categoryIds.size(), walk)), limit);
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Long id : categoryIds) {
                ps.setInt(i++, id.intValue());
                ps.setBoolean(i++, true);
            }
            return grouped(ps, limit);
        }
    }

    /**
     * The public recognitions given or received by a team, with their recipients: one statement of
     * one walk per member and direction (the {@code given} and {@code received} indexes), each at
     * most a page, put together without repeats and cut to a page.
     */
    List<Object[]> teamPage(List<String> members, int limit) throws SQLException {
        String given = "(SELECT " + q(RecognitionEntity.ID) + ", " + q(RecognitionEntity.CREATED_AT) + " FROM " + recognition + " WHERE "
                + q(RecognitionEntity.GIVER_KEY) + " = ? AND " + q(RecognitionEntity.SHOWN_PUBLICLY) + " = ? ORDER BY "
                + q(RecognitionEntity.GIVER_KEY) + " DESC, " + q(RecognitionEntity.CREATED_AT) + " DESC, " + q(RecognitionEntity.ID)
                + " DESC LIMIT " + (limit + 1) + ")";
        String received = "(SELECT " + q(RecipientEntity.RECOGNITION_ID) + ", " + q(RecipientEntity.CREATED_AT) + " FROM " + recipient + " WHERE "
                + q(RecipientEntity.RECIPIENT_KEY) + " = ? AND " + q(RecipientEntity.SHOWN_PUBLICLY) + " = ? ORDER BY "
                + q(RecipientEntity.RECIPIENT_KEY) + " DESC, " + q(RecipientEntity.CREATED_AT) + " DESC, " + q(RecipientEntity.RECOGNITION_ID)
                + " DESC LIMIT " + (limit + 1) + ")";
        List<String> walks = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            walks.add(given);
            walks.add(received);
        }
        String sql = pageOfWalks(String.join(" UNION ALL ", walks), limit);
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String member : members) {
                for (int k = 0; k < 2; k++) {
                    ps.setString(i++, member);
                    ps.setBoolean(i++, true);
                }
            }
            return grouped(ps, limit);
        }
    }

    /** Walks yielding (id, time), first columns unnamed alike, made into one page of recognitions with their recipients. */
    private String pageOfWalks(String walks, int limit) {
        return "SELECT " + recognitionColumns("r") + ", p." + q(RecipientEntity.RECIPIENT_KEY) + " FROM (SELECT DISTINCT w.i, w.t FROM (SELECT "
                + "u." + q(RecognitionEntity.ID) + " i, u." + q(RecognitionEntity.CREATED_AT) + " t FROM (" + walks + ") u) w"
                + " ORDER BY w.t DESC, w.i DESC LIMIT " + (limit + 1) + ") x"
                + " JOIN " + recognition + " r ON r." + q(RecognitionEntity.ID) + " = x.i"
                + " JOIN " + recipient + " p ON p." + q(RecipientEntity.RECOGNITION_ID) + " = r." + q(RecognitionEntity.ID)
                + " ORDER BY r." + q(RecognitionEntity.CREATED_AT) + " DESC, r." + q(RecognitionEntity.ID) + " DESC, p." + q(RecipientEntity.ID);
    }

    /** A person's received recognitions shown publicly, with all their recipients: one statement. */
    List<Object[]> receivedPage(String person, int limit) throws SQLException {
        String sql = "SELECT " + recognitionColumns("r") + ", p." + q(RecipientEntity.RECIPIENT_KEY) + " FROM (SELECT " + q(RecipientEntity.RECOGNITION_ID) + ", "
                + q(RecipientEntity.CREATED_AT) + " FROM " + recipient + " WHERE " + q(RecipientEntity.RECIPIENT_KEY) + " = ? AND "
                + q(RecipientEntity.SHOWN_PUBLICLY) + " = ? ORDER BY " + q(RecipientEntity.RECIPIENT_KEY) + " DESC, " + q(RecipientEntity.CREATED_AT) + " DESC, "
                + q(RecipientEntity.RECOGNITION_ID) + " DESC LIMIT " + (limit + 1) + ") x"
                + " JOIN " + recognition + " r ON r." + q(RecognitionEntity.ID) + " = x." + q(RecipientEntity.RECOGNITION_ID)
                + " JOIN " + recipient + " p ON p." + q(RecipientEntity.RECOGNITION_ID) + " = r." + q(RecognitionEntity.ID)
                + " ORDER BY r." + q(RecognitionEntity.CREATED_AT) + " DESC, r." + q(RecognitionEntity.ID) + " DESC, p." + q(RecipientEntity.ID);
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, person);
            ps.setBoolean(2, true);
            return grouped(ps, limit);
        }
    }

    /** Rows of (recognition columns..., recipient key) grouped into one array per recognition, at most {@code limit}. */
    private static List<Object[]> grouped(PreparedStatement ps, int limit) throws SQLException {
        Map<Integer, Object[]> byId = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                int id = rs.getInt(RecognitionEntity.ID);
                Object[] row = byId.get(id);
                if (row == null) {
                    if (byId.size() == limit) {
                        continue;
                    }
                    row = new Object[columns];
                    for (int i = 1; i < columns; i++) {
                        row[i - 1] = rs.getObject(i);
                    }
                    row[columns - 1] = new ArrayList<String>();
                    byId.put(id, row);
                }
                @SuppressWarnings("unchecked")
                List<String> keys = (List<String>) row[columns - 1];
                keys.add(rs.getString(columns));
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** The top of one board: one statement through the board index. */
    List<String> leaderboard(String board, int limit) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT " + q(TallyEntity.SUBJECT) + ", "
                + q(TallyEntity.TALLY) + " FROM " + tally + " WHERE " + q(TallyEntity.BOARD) + " = ? ORDER BY " + q(TallyEntity.BOARD) + " DESC, "
                + q(TallyEntity.TALLY) + " DESC, " + q(TallyEntity.SUBJECT) + " DESC LIMIT " + limit)) {
            ps.setString(1, board);
            List<String> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1) + rs.getInt(2));
                }
            }
            return result;
        }
    }

    /**
     * What the profile panel shows, in four statements: the person, the categories, the person's
     * quarter counters, and their latest five received recognitions joined to the givers' names.
     */
    int panel(String person, String viewer, List<Long> categoryIds, Instant now) throws SQLException {
        int found = 0;
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT USER_KEY, USERNAME, DISPLAY_NAME FROM RAPPORT_HOST_USER WHERE USER_KEY = ?")) {
                ps.setString(1, person);
                found += count(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + category)) {
                found += count(ps);
            }
            String quarter = LeaderboardPeriod.QUARTER.key(now);
            List<String> keys = new ArrayList<>(List.of(Direction.RECEIVED.board(quarter, 0) + "|" + person, Direction.GIVEN.board(quarter, 0) + "|" + person));
            for (Long id : categoryIds) {
                keys.add(Direction.RECEIVED.board(quarter, id) + "|" + person);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + q(TallyEntity.TALLY_KEY) + ", " + q(TallyEntity.TALLY) + " FROM " + tally
                    + " WHERE " + q(TallyEntity.TALLY_KEY) + " IN (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")")) {
                for (int i = 0; i < keys.size(); i++) {
                    ps.setString(i + 1, keys.get(i));
                }
                found += count(ps);
            }
            boolean all = person.equals(viewer);
            try (PreparedStatement ps = c.prepareStatement("SELECT r." + q(RecognitionEntity.ID) + ", r." + q(RecognitionEntity.CATEGORY_ID) + ", r."
                    + q(RecognitionEntity.MESSAGE) + ", r." + q(RecognitionEntity.VISIBILITY) + ", r." + q(RecognitionEntity.CREATED_AT)
                    + ", u.DISPLAY_NAME FROM " + recipient + " p JOIN " + recognition + " r ON r." + q(RecognitionEntity.ID) + " = p."
                    + q(RecipientEntity.RECOGNITION_ID) + " LEFT JOIN RAPPORT_HOST_USER u ON u.USER_KEY = r." + q(RecognitionEntity.GIVER_KEY)
                    + " WHERE p." + q(RecipientEntity.RECIPIENT_KEY) + " = ?" + (all ? "" : " AND p." + q(RecipientEntity.SHOWN_PUBLICLY) + " = ?")
                    + " ORDER BY p." + q(RecipientEntity.CREATED_AT) + " DESC, p." + q(RecipientEntity.RECOGNITION_ID) + " DESC LIMIT 5")) {
                ps.setString(1, person);
                if (!all) {
                    ps.setBoolean(2, true);
                }
                found += count(ps);
            }
        }
        return found;
    }

    private static int count(PreparedStatement ps) throws SQLException {
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                n++;
            }
        }
        return n;
    }
}
