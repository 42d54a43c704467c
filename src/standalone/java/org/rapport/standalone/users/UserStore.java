package org.rapport.standalone.users;

import org.rapport.standalone.db.HostDatabase;
import org.rapport.standalone.db.HostSql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The host's user directory and settings, in two small tables of its own (not AO: they belong to
 * the host, as Jira's user tables do). Plain SQL that H2 and PostgreSQL both accept.
 */
public final class UserStore {
    private static final String COLUMNS = "USER_KEY, USERNAME, DISPLAY_NAME, EMAIL, IS_ADMIN, IS_ACTIVE";
    /** A user by name, ignoring case (every sign-in and page names users this way). */
    static final String BY_USERNAME = "SELECT " + COLUMNS + " FROM RAPPORT_HOST_USER WHERE USERNAME_LOWER = ?";
    /** The dashboard's page of people after one (its cursor). */
    static final String PAGE_AFTER = "SELECT " + COLUMNS + " FROM RAPPORT_HOST_USER WHERE IS_ACTIVE = ?"
            + " AND DISPLAY_NAME >= ? AND (DISPLAY_NAME > ? OR (DISPLAY_NAME = ? AND USER_KEY > ?))"
            + " ORDER BY DISPLAY_NAME, USER_KEY LIMIT ?";
    private final HostDatabase db;
    private final HostSql sql;
    private final RecentUsers recent;

    public UserStore(HostDatabase db) {
        this(db, System::nanoTime);
    }

    UserStore(HostDatabase db, java.util.function.LongSupplier nanoTime) {
        this.db = db;
        this.sql = new HostSql(db);
        this.recent = new RecentUsers(nanoTime);
    }

    public void createTables() {
        update("CREATE TABLE IF NOT EXISTS RAPPORT_HOST_USER ("
                + "USER_KEY VARCHAR(64) PRIMARY KEY, USERNAME VARCHAR(255) NOT NULL UNIQUE, "
                + "DISPLAY_NAME VARCHAR(255) NOT NULL, EMAIL VARCHAR(255), PASSWORD_HASH VARCHAR(512) NOT NULL, "
                + "MANAGER_KEY VARCHAR(64), IS_ADMIN BOOLEAN NOT NULL, IS_ACTIVE BOOLEAN NOT NULL)");
        addLowerCaseUsername();
        update("CREATE TABLE IF NOT EXISTS RAPPORT_HOST_SETTING (NAME VARCHAR(100) PRIMARY KEY, VAL VARCHAR(4000))");
        update("CREATE TABLE IF NOT EXISTS RAPPORT_HOST_GROUP_MEMBER (GROUP_NAME VARCHAR(255) NOT NULL, "
                + "USER_KEY VARCHAR(64) NOT NULL, PRIMARY KEY (GROUP_NAME, USER_KEY))");
        // Every page reads the session with its user's groups (SessionStore.signedIn joins on USER_KEY);
        // the primary key leads with GROUP_NAME, so without this index each page would scan the table.
        update("CREATE INDEX IF NOT EXISTS RAPPORT_HOST_GROUP_MEMBER_USER ON RAPPORT_HOST_GROUP_MEMBER (USER_KEY, GROUP_NAME)");
    }

    /**
     * Usernames are found ignoring case, as in Jira. {@code WHERE LOWER(USERNAME) = ?} cannot use the
     * unique index on USERNAME, so every sign-in, profile and user lookup scanned the whole table
     * (24-122 ms per page at 50k users). H2 has no index on an expression, but both databases
     * index a generated column: USERNAME_LOWER is always {@code LOWER(USERNAME)}, kept by the
     * database itself (also for rows written past this class, such as the benchmark's bulk load),
     * and lookups compare with it. Runs at every start, so databases made before it get the column
     * and the index too; not unique, so a database holding two names that differ only in case still starts.
     */
    private void addLowerCaseUsername() {
        // PostgreSQL (12+) requires STORED for a generated column; H2 2.x rejects the word and always stores it.
        update("ALTER TABLE RAPPORT_HOST_USER ADD COLUMN IF NOT EXISTS USERNAME_LOWER VARCHAR(255) GENERATED ALWAYS AS (LOWER(USERNAME))"
                + (db.settings().isPostgres() ? " STORED" : ""));
        update("CREATE INDEX IF NOT EXISTS RAPPORT_HOST_USER_LOWER ON RAPPORT_HOST_USER (USERNAME_LOWER)");
        // The dashboard's list of people, walked a page at a time in name order.
        update("CREATE INDEX IF NOT EXISTS RAPPORT_HOST_USER_BY_NAME ON RAPPORT_HOST_USER (DISPLAY_NAME, USER_KEY)");
    }

    /** Puts a user into a host group (Jira's groups, in small): the host's own groups besides "users" and "administrators". */
    public void addToGroup(String group, String userKey) {
        if (!inGroup(group, userKey)) {
            update("INSERT INTO RAPPORT_HOST_GROUP_MEMBER (GROUP_NAME, USER_KEY) VALUES (?, ?)", group, userKey);
        }
    }

    public boolean inGroup(String group, String userKey) {
        return !query("SELECT USER_KEY FROM RAPPORT_HOST_GROUP_MEMBER WHERE GROUP_NAME = ? AND USER_KEY = ?",
                List.of(group, userKey), rs -> rs.getString(1)).isEmpty();
    }

    /**
     * The host's own group names (those with members) starting with {@code prefix}, case-insensitive,
     * in name order: a page of at most {@code max} from {@code start}.
     */
    public List<String> groupNamesStartingWith(String prefix, int start, int max) {
        String pattern = prefix.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return query("SELECT DISTINCT GROUP_NAME FROM RAPPORT_HOST_GROUP_MEMBER WHERE LOWER(GROUP_NAME) LIKE ? ESCAPE '\\'"
                        + " ORDER BY GROUP_NAME LIMIT ? OFFSET ?",
                List.of(pattern, max, start), rs -> rs.getString(1));
    }

    public int count() {
        return query("SELECT COUNT(*) FROM RAPPORT_HOST_USER", List.of(), rs -> rs.getInt(1)).get(0);
    }

    /** Adds a user; the key is the lower-cased username, as Jira's keys for new users are. */
    public HostUser add(String username, String displayName, String email, String password, boolean admin, String managerKey) {
        String key = username.toLowerCase(Locale.ROOT);
        update("INSERT INTO RAPPORT_HOST_USER (USER_KEY, USERNAME, DISPLAY_NAME, EMAIL, PASSWORD_HASH, MANAGER_KEY, IS_ADMIN, IS_ACTIVE)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", key, username, displayName, email, Passwords.hash(password), managerKey, admin, true);
        return new HostUser(key, username, displayName, email, admin, true);
    }

    public Optional<HostUser> byKey(String key) {
        return recent.byKey(key, () -> first("SELECT " + COLUMNS + " FROM RAPPORT_HOST_USER WHERE USER_KEY = ?", key));
    }

    public Optional<HostUser> byUsername(String username) {
        String lowerName = username.toLowerCase(Locale.ROOT);
        return recent.byLowerName(lowerName, () -> first(BY_USERNAME, lowerName));
    }

    /**
     * A hash no password matches, checked when the name is unknown or inactive: the answer then
     * takes as long as for a real user (one PBKDF2), so the time does not tell who exists.
     */
    private static final String NOBODY_HASH = Passwords.hash(Passwords.generate());

    /** The user whose password matches, if any and active. */
    public Optional<HostUser> authenticate(String username, String password) {
        return verify(credential(username), password);
    }

    /** An active user with the password hash they are checked against (what a cached check must still match). */
    public record Credential(HostUser user, String passwordHash) {
    }

    public Optional<Credential> credential(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return query("SELECT " + COLUMNS + ", PASSWORD_HASH FROM RAPPORT_HOST_USER WHERE USERNAME_LOWER = ? AND IS_ACTIVE = ?",
                List.of(username.toLowerCase(Locale.ROOT), true), rs -> new Credential(user(rs), rs.getString(7)))
                .stream().findFirst();
    }

    /** Checks a password against a credential, spending the same PBKDF2 when there is none. */
    public static Optional<HostUser> verify(Optional<Credential> credential, String password) {
        boolean matches = Passwords.matches(password == null ? "" : password,
                credential.map(Credential::passwordHash).orElse(NOBODY_HASH));
        return credential.filter(c -> matches && password != null).map(Credential::user);
    }

    /** Sets a new password; a cached check of the old one no longer matches the stored hash. */
    public void changePassword(String userKey, String password) {
        update("UPDATE RAPPORT_HOST_USER SET PASSWORD_HASH = ? WHERE USER_KEY = ?", Passwords.hash(password), userKey);
    }

    /** Active users whose username or any word of the display name starts with the query. */
    public List<HostUser> search(String query, int limit) {
        String q = query.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        List<HostUser> found = query("SELECT " + COLUMNS + " FROM RAPPORT_HOST_USER WHERE IS_ACTIVE = ? AND ("
                        + "USERNAME_LOWER LIKE ? ESCAPE '\\' OR LOWER(DISPLAY_NAME) LIKE ? ESCAPE '\\' "
                        + "OR LOWER(DISPLAY_NAME) LIKE ? ESCAPE '\\') ORDER BY DISPLAY_NAME",
                List.of(true, q + "%", q + "%", "% " + q + "%"), UserStore::user);
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** Users whose email is this one, ignoring case (SAL's lookup by email; rare, so no index). */
    public List<HostUser> byEmail(String email) {
        return query("SELECT " + COLUMNS + " FROM RAPPORT_HOST_USER WHERE LOWER(EMAIL) = ? ORDER BY USER_KEY",
                List.of(email.toLowerCase(Locale.ROOT)), UserStore::user);
    }

    /**
     * One page of active users in name order (display name, then key), after or before the user
     * {@code boundaryKey} ({@code null}: the first page). Reads at most {@code limit + 1} rows through
     * the (DISPLAY_NAME, USER_KEY) index; the extra row says whether there is more in that direction.
     * An unknown boundary gives the first page.
     */
    public UserPage page(String boundaryKey, boolean forward, int limit) {
        if (limit < 1 || limit > UserPage.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + UserPage.MAX_LIMIT + ", was " + limit);
        }
        Optional<HostUser> boundary = boundaryKey == null ? Optional.empty() : byKey(boundaryKey);
        String select = "SELECT " + COLUMNS + " FROM RAPPORT_HOST_USER WHERE IS_ACTIVE = ?";
        List<HostUser> rows;
        if (boundary.isEmpty()) {
            rows = query(select + " ORDER BY DISPLAY_NAME, USER_KEY LIMIT ?", List.of(true, limit + 1), UserStore::user);
            forward = true;
        } else if (forward) {
            // DISPLAY_NAME >= ? repeats what the row comparison implies, as the index's range.
            rows = query(PAGE_AFTER,
                    List.of(true, boundary.get().displayName(), boundary.get().displayName(), boundary.get().displayName(),
                            boundary.get().key(), limit + 1), UserStore::user);
        } else {
            rows = query(select + " AND DISPLAY_NAME <= ? AND (DISPLAY_NAME < ? OR (DISPLAY_NAME = ? AND USER_KEY < ?))"
                            + " ORDER BY DISPLAY_NAME DESC, USER_KEY DESC LIMIT ?",
                    List.of(true, boundary.get().displayName(), boundary.get().displayName(), boundary.get().displayName(),
                            boundary.get().key(), limit + 1), UserStore::user);
        }
        boolean more = rows.size() > limit;
        List<HostUser> people = new ArrayList<>(more ? rows.subList(0, limit) : rows);
        if (!forward) {
            java.util.Collections.reverse(people);
        }
        boolean hasNext = forward ? more : boundary.isPresent();
        boolean hasPrevious = forward ? boundary.isPresent() : more;
        return new UserPage(people, hasPrevious, hasNext);
    }

    public Optional<String> setting(String name) {
        List<String> values = query("SELECT VAL FROM RAPPORT_HOST_SETTING WHERE NAME = ?", List.of(name), rs -> rs.getString(1));
        return values.stream().findFirst();
    }

    public void putSetting(String name, String value) {
        if (setting(name).isPresent()) {
            update("UPDATE RAPPORT_HOST_SETTING SET VAL = ? WHERE NAME = ?", value, name);
        } else {
            update("INSERT INTO RAPPORT_HOST_SETTING (NAME, VAL) VALUES (?, ?)", name, value);
        }
    }

    private Optional<HostUser> first(String sql, String parameter) {
        return query(sql, List.of(parameter), UserStore::user).stream().findFirst();
    }

    private static HostUser user(ResultSet rs) throws SQLException {
        return new HostUser(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBoolean(6));
    }

    private <T> List<T> query(String sql, List<Object> parameters, HostSql.Row<T> row) {
        return this.sql.query(sql, row, parameters.toArray());
    }

    private void update(String sql, Object... parameters) {
        recent.forgetAll();
        this.sql.update(sql, parameters);
    }
}
