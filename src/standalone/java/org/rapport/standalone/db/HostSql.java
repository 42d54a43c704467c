package org.rapport.standalone.db;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL on the host's own sign-in tables (sessions, failed sign-ins, access tokens), which
 * H2 and PostgreSQL both accept. Each statement runs on its own auto-committed connection: these
 * tables are shared by every node of a cluster through the database, never kept in memory.
 */
public final class HostSql {
    private final HostDatabase db;

    public HostSql(HostDatabase db) {
        this.db = db;
    }

    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    public <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(row.read(rs));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Host query failed: " + sql, e);
        }
    }

    /** Runs an update and answers how many rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Host update failed: " + sql, e);
        }
    }

    /** An insert that another node may have made first: false when the key already exists. */
    public boolean insertUnlessPresent(String sql, Object... parameters) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, parameters);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            // SQLState class 23 is "integrity constraint violation" on H2 and PostgreSQL alike.
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false;
            }
            throw new IllegalStateException("Host insert failed: " + sql, e);
        }
    }

    private static void bind(PreparedStatement ps, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
    }
}
