package org.rapport.standalone.auth;

import org.rapport.standalone.db.HostDatabase;
import org.rapport.standalone.db.HostSql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing, per user name and per client address, with its counts in the
 * database so that every node of a cluster sees the same ones.
 *
 * <p>A name may fail {@value #USER_LIMIT} times, an address {@value #ADDRESS_LIMIT} times (several
 * people may share one address); the failure that reaches the limit blocks that name or address
 * for a minute, and each further failure after a block doubles it, up to an hour. While blocked, even
 * the right password is refused, without being checked. Counts are forgotten
 * {@link #FORGET_AFTER 15 minutes} after the last failure or block, and a successful sign-in
 * clears the name's count (never the address's: one's own account must not reset the guesses made
 * against others from the same place). Unknown names are counted exactly like real ones, so the
 * throttle does not tell who exists.
 */
public final class SignInThrottle {
    static final int USER_LIMIT = 5;
    static final int ADDRESS_LIMIT = 30;
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final Duration FIRST_BLOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_BLOCK = Duration.ofHours(1);
    private static final int ATTEMPTS = 10;

    private final HostSql sql;
    private final Clock clock;

    public SignInThrottle(HostDatabase db, Clock clock) {
        this.sql = new HostSql(db);
        this.clock = clock;
    }

    public void createTables() {
        sql.update("CREATE TABLE IF NOT EXISTS RAPPORT_HOST_SIGNIN_FAILURE (SUBJECT VARCHAR(320) PRIMARY KEY, "
                + "FAILURES INT NOT NULL, LAST_FAILURE_AT BIGINT NOT NULL, BLOCKED_UNTIL BIGINT NOT NULL)");
    }

    /** How long the name or the address must still wait, if either is blocked. */
    public Optional<Duration> blocked(String username, String address) {
        long now = clock.millis();
        List<Long> until = sql.query("SELECT BLOCKED_UNTIL FROM RAPPORT_HOST_SIGNIN_FAILURE WHERE SUBJECT IN (?, ?) "
                + "AND BLOCKED_UNTIL > ?", rs -> rs.getLong(1), user(username), address(address), now);
        return until.stream().max(Long::compare).map(u -> Duration.ofMillis(u - now));
    }

    public void failed(String username, String address) {
        count(user(username), USER_LIMIT);
        count(address(address), ADDRESS_LIMIT);
    }

    public void succeeded(String username) {
        sql.update("DELETE FROM RAPPORT_HOST_SIGNIN_FAILURE WHERE SUBJECT = ?", user(username));
    }

    /**
     * Adds one failure to a subject. Two nodes may count the same subject at once: the update only
     * applies to the row as it was read, and is tried again otherwise, so no failure is lost.
     */
    private void count(String subject, int limit) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Optional<long[]> row = sql.query("SELECT FAILURES, LAST_FAILURE_AT, BLOCKED_UNTIL FROM RAPPORT_HOST_SIGNIN_FAILURE "
                    + "WHERE SUBJECT = ?", rs -> new long[]{rs.getInt(1), rs.getLong(2), rs.getLong(3)}, subject).stream().findFirst();
            if (row.isEmpty()) {
                if (sql.insertUnlessPresent("INSERT INTO RAPPORT_HOST_SIGNIN_FAILURE (SUBJECT, FAILURES, LAST_FAILURE_AT, "
                        + "BLOCKED_UNTIL) VALUES (?, ?, ?, ?)", subject, 1, now.toEpochMilli(), blockedUntil(1, limit, now))) {
                    return;
                }
                continue;
            }
            long[] old = row.get();
            boolean forgotten = now.toEpochMilli() > Math.max(old[1], old[2]) + FORGET_AFTER.toMillis();
            int failures = forgotten ? 1 : (int) Math.min(old[0] + 1, 1_000);
            if (sql.update("UPDATE RAPPORT_HOST_SIGNIN_FAILURE SET FAILURES = ?, LAST_FAILURE_AT = ?, BLOCKED_UNTIL = ? "
                            + "WHERE SUBJECT = ? AND FAILURES = ? AND LAST_FAILURE_AT = ?", failures, now.toEpochMilli(),
                    blockedUntil(failures, limit, now), subject, (int) old[0], old[1]) == 1) {
                return;
            }
        }
        throw new IllegalStateException("Could not count a failed sign-in for " + subject + " after " + ATTEMPTS + " attempts");
    }

    /** The failure that reaches the limit blocks for a minute; each further one doubles it, up to an hour. */
    private static long blockedUntil(int failures, int limit, Instant now) {
        if (failures < limit) {
            return 0;
        }
        int doublings = Math.min(failures - limit, 6);
        Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
        return now.plus(block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block).toEpochMilli();
    }

    private static String user(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "user:" + (name.length() > 300 ? name.substring(0, 300) : name);
    }

    private static String address(String address) {
        return "address:" + (address == null ? "" : address.length() > 300 ? address.substring(0, 300) : address);
    }
}
