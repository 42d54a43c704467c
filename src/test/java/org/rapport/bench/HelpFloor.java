package org.rapport.bench;

import org.rapport.help.HelpService;
import org.rapport.help.HelpStatus;
import org.rapport.help.HelpTallies;
import org.rapport.help.ao.HelpEntryEntity;
import org.rapport.help.ao.HelpSkillEntity;
import org.rapport.tally.ao.TallyEntity;
import org.rapport.standalone.db.HostDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The floor for the help ledger's reads: the same results fetched with minimal hand-written SQL
 * over the same pooled connections (see {@link RawFloor}). A ledger is two statements (three on
 * one's own): the counters by key (breadth in colleagues and departments included), the top skills,
 * and the pending entries joined with their skills.
 */
final class HelpFloor {
    /** As Tallies.top orders a board: all descending, led by the constant BOARD, so the board index serves it. */
    private static final String TOP_ORDER = q(TallyEntity.BOARD) + " DESC, " + q(TallyEntity.TALLY) + " DESC, " + q(TallyEntity.SUBJECT) + " DESC";

    private final HostDatabase db;
    private final String entry;
    private final String skill;
    private final String tally;

    HelpFloor(HostDatabase db) {
        this.db = db;
        String prefix = db.tablePrefix();
        entry = q(TableWriter.tableName(prefix, HelpEntryEntity.class));
        skill = q(TableWriter.tableName(prefix, HelpSkillEntity.class));
        tally = q(TableWriter.tableName(prefix, TallyEntity.class));
    }

    private static String q(String identifier) {
        return TableWriter.quote(identifier);
    }

    int statementsPerCall(String operation) {
        return operation.contains("own") ? 3 : operation.contains("ledger") ? 2 : 1;
    }

    /** The ledger summary's rows; returns how many rows were read. */
    int ledger(String person, boolean own, YearMonth now) throws SQLException {
        List<String> keys = new ArrayList<>(List.of(HelpTallies.given(HelpTallies.ALL, person).text(),
                HelpTallies.received(HelpTallies.ALL, person).text(), HelpTallies.colleagues(person).text(),
                HelpTallies.departments(person).text()));
        for (int i = HelpService.MONTHS - 1; i >= 0; i--) {
            String month = HelpTallies.month(now.minusMonths(i));
            keys.add(HelpTallies.given(month, person).text());
            keys.add(HelpTallies.received(month, person).text());
        }
        int rows = 0;
        try (Connection c = db.connection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + q(TallyEntity.TALLY_KEY) + ", " + q(TallyEntity.TALLY) + " FROM " + tally
                    + " WHERE " + q(TallyEntity.TALLY_KEY) + " IN (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")")) {
                for (int i = 0; i < keys.size(); i++) {
                    ps.setString(i + 1, keys.get(i));
                }
                rows += read(ps);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + q(TallyEntity.SUBJECT) + ", " + q(TallyEntity.TALLY) + " FROM " + tally
                    + " WHERE " + q(TallyEntity.BOARD) + " = ? ORDER BY " + TOP_ORDER + " LIMIT " + HelpService.TOP_SKILLS)) {
                ps.setString(1, HelpTallies.skillBoard(person));
                rows += read(ps);
            }
            if (own) {
                rows += page(c, person, false, HelpStatus.PENDING, HelpService.PENDING_SHOWN);
            }
        }
        return rows;
    }

    /** A first page of a person's entries in one direction and status, with their skills: one statement. */
    int page(String person, boolean given, HelpStatus status, int limit) throws SQLException {
        try (Connection c = db.connection()) {
            return page(c, person, given, status, limit);
        }
    }

    private int page(Connection c, String person, boolean given, HelpStatus status, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.*, s." + q(HelpSkillEntity.SKILL_NAME) + " FROM (SELECT * FROM " + entry
                + " WHERE " + q(given ? HelpEntryEntity.HELPER_KEY : HelpEntryEntity.HELPED_KEY) + " = ? AND " + q(HelpEntryEntity.STATUS)
                + " = ? ORDER BY " + q(given ? HelpEntryEntity.HELPER_KEY : HelpEntryEntity.HELPED_KEY) + " DESC, " + q(HelpEntryEntity.STATUS)
                + " DESC, " + q(HelpEntryEntity.HELPED_ON) + " DESC, " + q(HelpEntryEntity.ID) + " DESC LIMIT " + (limit + 1) + ") e LEFT JOIN "
                + skill + " s ON s." + q(HelpSkillEntity.ENTRY_ID) + " = e." + q(HelpEntryEntity.ID))) {
            ps.setString(1, person);
            ps.setString(2, status.name());
            return read(ps);
        }
    }

    private static int read(PreparedStatement ps) throws SQLException {
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

    /** The people with the most confirmed help given, for "popular" inputs. */
    List<String> topHelpers(int limit) throws SQLException {
        List<String> people = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT " + q(TallyEntity.SUBJECT) + " FROM " + tally
                + " WHERE " + q(TallyEntity.BOARD) + " = ? ORDER BY " + q(TallyEntity.TALLY) + " DESC LIMIT " + limit)) {
            ps.setString(1, HelpTallies.given(HelpTallies.ALL, "x").board());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    people.add(rs.getString(1));
                }
            }
        }
        return people;
    }

}
