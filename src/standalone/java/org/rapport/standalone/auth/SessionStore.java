package org.rapport.standalone.auth;

import org.rapport.standalone.db.HostDatabase;
import org.rapport.standalone.db.HostSql;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Browser sessions with their state in the database, so that signing out, a password change and
 * an admin's "sign out everywhere" end them on every node of a cluster at once. The cookie holds
 * only a random identifier (32 bytes); the table holds its SHA-256 with the user, when it began,
 * when it was last seen and when it expires.
 *
 * <p>Before, the cookie was a signed {@code userKey|expiry}: nothing on the server could take it
 * back, so a copied cookie kept working for 12 hours after "Log out".
 */
public final class SessionStore {
    public static final String COOKIE = "RAPPORT_SESSION";
    /** The request attribute under which {@code AuthFilter} leaves the caller's {@link HostSession}. */
    public static final String ATTRIBUTE = HostSession.class.getName();
    static final Duration LIFETIME = Duration.ofHours(12);
    /** "Last seen" is written at most this often, so that a page view is not a database write. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final String COLUMNS = "ID_HASH, USER_KEY, CREATED_AT, LAST_SEEN_AT, EXPIRES_AT";
    /** {@link #COLUMNS} of the session {@code s}, then a group name of its user's {@code g} (or NULL). */
    private static final String JOINED_COLUMNS = "s.ID_HASH, s.USER_KEY, s.CREATED_AT, s.LAST_SEEN_AT, s.EXPIRES_AT, g.GROUP_NAME";

    private final HostSql sql;
    private final Clock clock;

    public SessionStore(HostDatabase db, Clock clock) {
        this.sql = new HostSql(db);
        this.clock = clock;
    }

    public void createTables() {
        sql.update("CREATE TABLE IF NOT EXISTS RAPPORT_HOST_SESSION (ID_HASH VARCHAR(64) PRIMARY KEY, "
                + "USER_KEY VARCHAR(64) NOT NULL, CREATED_AT BIGINT NOT NULL, LAST_SEEN_AT BIGINT NOT NULL, "
                + "EXPIRES_AT BIGINT NOT NULL)");
        sql.update("CREATE INDEX IF NOT EXISTS RAPPORT_HOST_SESSION_USER ON RAPPORT_HOST_SESSION (USER_KEY)");
    }

    /** Starts a session for a user who just signed in and sets its cookie: HttpOnly, SameSite=Lax, whole site. */
    public HostSession signIn(HttpServletResponse response, String userKey, boolean secure) {
        Instant now = clock.instant();
        // Sessions that ran out are removed when their owner signs in again: the table stays the size of
        // the people actually using the host.
        sql.update("DELETE FROM RAPPORT_HOST_SESSION WHERE USER_KEY = ? AND EXPIRES_AT < ?", userKey, now.toEpochMilli());
        String value = Secrets.random(32);
        HostSession session = new HostSession(Secrets.sha256(value), userKey, now, now, now.plus(LIFETIME));
        sql.update("INSERT INTO RAPPORT_HOST_SESSION (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)", session.id(), userKey,
                now.toEpochMilli(), now.toEpochMilli(), session.expires().toEpochMilli());
        response.addHeader("Set-Cookie", COOKIE + "=" + value + "; Path=/; Max-Age=" + LIFETIME.toSeconds()
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
        return session;
    }

    /** The live session the request's cookie names, if any. */
    public Optional<HostSession> current(HttpServletRequest request) {
        return signedIn(request).map(SignedIn::session);
    }

    /**
     * The live session the request's cookie names, if any, with the host groups its user belongs to,
     * read in the same statement: every page asks whether the viewer coordinates mentoring (a group
     * the header's "Programme" link depends on), which was one more statement per page. The groups
     * hold for this request only; the next one reads them again.
     */
    public Optional<SignedIn> signedIn(HttpServletRequest request) {
        Optional<String> value = cookie(request);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<SessionRow> rows = sql.query("SELECT " + JOINED_COLUMNS + " FROM RAPPORT_HOST_SESSION s"
                        + " LEFT JOIN RAPPORT_HOST_GROUP_MEMBER g ON g.USER_KEY = s.USER_KEY WHERE s.ID_HASH = ?",
                rs -> new SessionRow(session(rs), rs.getString(6)), Secrets.sha256(value.get()));
        Optional<HostSession> session = rows.stream().map(SessionRow::session).findFirst()
                .filter(s -> s.expires().isAfter(now));
        session.filter(s -> s.lastSeen().plus(TOUCH_INTERVAL).isBefore(now))
                .ifPresent(s -> sql.update("UPDATE RAPPORT_HOST_SESSION SET LAST_SEEN_AT = ? WHERE ID_HASH = ?",
                        now.toEpochMilli(), s.id()));
        Set<String> groups = rows.stream().map(SessionRow::group).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        return session.map(s -> new SignedIn(s, groups));
    }

    /** A live session and the host groups its user belonged to when the request read it. */
    public record SignedIn(HostSession session, Set<String> groups) {
    }

    private record SessionRow(HostSession session, String group) {
    }

    /** The user's live sessions, most recently seen first. */
    public List<HostSession> of(String userKey) {
        return sql.query("SELECT " + COLUMNS + " FROM RAPPORT_HOST_SESSION WHERE USER_KEY = ? AND EXPIRES_AT > ? "
                + "ORDER BY LAST_SEEN_AT DESC", SessionStore::session, userKey, clock.instant().toEpochMilli());
    }

    /** Ends one session (signing out). */
    public void end(HostSession session) {
        sql.update("DELETE FROM RAPPORT_HOST_SESSION WHERE ID_HASH = ?", session.id());
    }

    /** Ends every session of the user ("sign out everywhere"); answers how many were live. */
    public int endAll(String userKey) {
        return sql.update("DELETE FROM RAPPORT_HOST_SESSION WHERE USER_KEY = ?", userKey);
    }

    /** Ends every session of the user but the one given (after a password change made in it). */
    public int endAllExcept(String userKey, HostSession kept) {
        return sql.update("DELETE FROM RAPPORT_HOST_SESSION WHERE USER_KEY = ? AND ID_HASH <> ?", userKey, kept.id());
    }

    /** Tells the browser to forget the cookie. */
    public void clearCookie(HttpServletResponse response) {
        response.addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static HostSession session(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new HostSession(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3)),
                Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)));
    }
}
