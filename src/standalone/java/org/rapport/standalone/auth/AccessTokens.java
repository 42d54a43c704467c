package org.rapport.standalone.auth;

import org.rapport.standalone.db.HostDatabase;
import org.rapport.standalone.db.HostSql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens, as Jira Data Center offers them: a script sends
 * {@code Authorization: Bearer <token>} instead of a password. A token is 32 random bytes in
 * base64url behind the prefix {@value #PREFIX} (so a leaked one is easy to recognise in logs and
 * scanners); the database keeps only its SHA-256, its name, when it was made and last used, and
 * when it expires. Checking one is a single indexed lookup, not a password hash.
 */
public final class AccessTokens {
    public static final String PREFIX = "rpat_";
    public static final int MAX_NAME = 100;
    public static final int MAX_PER_USER = 20;
    public static final int MAX_DAYS = 365;
    /** "Last used" is written at most this often, so that a request is not a database write. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final String COLUMNS = "TOKEN_ID, USER_KEY, NAME, CREATED_AT, LAST_USED_AT, EXPIRES_AT";

    /** A token just made: the only moment its secret exists outside the caller. */
    public record Created(AccessToken token, String secret) {
    }

    /** Why a token could not be made, as a message for the form. */
    public static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(String message) {
            super(message);
        }
    }

    private final HostSql sql;
    private final Clock clock;

    public AccessTokens(HostDatabase db, Clock clock) {
        this.sql = new HostSql(db);
        this.clock = clock;
    }

    public void createTables() {
        sql.update("CREATE TABLE IF NOT EXISTS RAPPORT_HOST_ACCESS_TOKEN (TOKEN_ID VARCHAR(32) PRIMARY KEY, "
                + "USER_KEY VARCHAR(64) NOT NULL, NAME VARCHAR(" + MAX_NAME + ") NOT NULL, TOKEN_HASH VARCHAR(64) NOT NULL UNIQUE, "
                + "CREATED_AT BIGINT NOT NULL, LAST_USED_AT BIGINT, EXPIRES_AT BIGINT)");
        sql.update("CREATE INDEX IF NOT EXISTS RAPPORT_HOST_ACCESS_TOKEN_USER ON RAPPORT_HOST_ACCESS_TOKEN (USER_KEY)");
    }

    /** Makes a token for the user; {@code days} empty means it never expires. */
    public Created create(String userKey, String name, Optional<Integer> days) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new Refusal("Give the token a name of 1 to " + MAX_NAME + " characters.");
        }
        if (days.isPresent() && (days.get() < 1 || days.get() > MAX_DAYS)) {
            throw new Refusal("A token expires after 1 to " + MAX_DAYS + " days, or never.");
        }
        if (of(userKey).size() >= MAX_PER_USER) {
            throw new Refusal("You have " + MAX_PER_USER + " tokens already: revoke one first.");
        }
        Instant now = clock.instant();
        String secret = PREFIX + Secrets.random(32);
        AccessToken token = new AccessToken(Secrets.random(12), userKey, trimmed, now, Optional.empty(),
                days.map(d -> now.plus(Duration.ofDays(d))));
        sql.update("INSERT INTO RAPPORT_HOST_ACCESS_TOKEN (" + COLUMNS + ", TOKEN_HASH) VALUES (?, ?, ?, ?, ?, ?, ?)",
                token.id(), userKey, trimmed, now.toEpochMilli(), null, token.expires().map(Instant::toEpochMilli).orElse(null),
                Secrets.sha256(secret));
        return new Created(token, secret);
    }

    /** The owner of a live token, noting that it was used. */
    public Optional<AccessToken> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AccessToken> token = sql.query("SELECT " + COLUMNS + " FROM RAPPORT_HOST_ACCESS_TOKEN WHERE TOKEN_HASH = ?",
                AccessTokens::token, Secrets.sha256(secret)).stream().findFirst()
                .filter(t -> t.expires().map(now::isBefore).orElse(true));
        token.filter(t -> t.lastUsed().map(used -> used.plus(TOUCH_INTERVAL).isBefore(now)).orElse(true))
                .ifPresent(t -> sql.update("UPDATE RAPPORT_HOST_ACCESS_TOKEN SET LAST_USED_AT = ? WHERE TOKEN_ID = ?",
                        now.toEpochMilli(), t.id()));
        return token;
    }

    /** The user's tokens, newest first, without their secrets. */
    public List<AccessToken> of(String userKey) {
        return sql.query("SELECT " + COLUMNS + " FROM RAPPORT_HOST_ACCESS_TOKEN WHERE USER_KEY = ? ORDER BY CREATED_AT DESC, TOKEN_ID",
                AccessTokens::token, userKey);
    }

    /** Revokes one of the user's tokens; false if the user has no such token. */
    public boolean revoke(String userKey, String tokenId) {
        return sql.update("DELETE FROM RAPPORT_HOST_ACCESS_TOKEN WHERE USER_KEY = ? AND TOKEN_ID = ?", userKey, tokenId) == 1;
    }

    private static AccessToken token(ResultSet rs) throws SQLException {
        long lastUsed = rs.getLong(5);
        boolean neverUsed = rs.wasNull();
        long expires = rs.getLong(6);
        boolean neverExpires = rs.wasNull();
        return new AccessToken(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)),
                neverUsed ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastUsed)),
                neverExpires ? Optional.empty() : Optional.of(Instant.ofEpochMilli(expires)));
    }
}
