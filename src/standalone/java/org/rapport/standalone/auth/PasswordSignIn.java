package org.rapport.standalone.auth;

import org.rapport.standalone.users.HostUser;
import org.rapport.standalone.users.UserStore;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a user name and password, for the login form and for HTTP Basic: first the throttle of
 * failed sign-ins, then the password (PBKDF2, 210,000 rounds, about 50 ms of CPU).
 *
 * <p>HTTP Basic sends the password with every request, and one PBKDF2 per request held the host to
 * 12-28 requests/s in total. So a successful Basic check is remembered for {@link #REMEMBERED} a
 * minute under {@code HMAC(key, name:password)}, with a key made at start and never stored: the
 * memory holds no password nor anything a password can be tested against offline once the process
 * is gone. Failures are never remembered.
 *
 * <p>Why this is safe on a Data Center cluster, where this memory is one node's: a remembered check
 * is only a shortcut for the CPU, never the authority. Every request still reads the user's row from
 * the shared database and the remembered check counts only if the stored password hash is still the
 * one it was made against and the user is still active; a password change on any node changes the
 * hash (new salt), so the old password stops working on every node at the next request.
 */
public final class PasswordSignIn {
    static final Duration REMEMBERED = Duration.ofSeconds(60);
    /** A bound on the memory: past it, the remembered checks are dropped and re-made when needed. */
    private static final int MAX_REMEMBERED = 10_000;

    /** The answer to one sign-in attempt. */
    public sealed interface Outcome permits SignedIn, Refused, Throttled {
    }

    public record SignedIn(HostUser user) implements Outcome {
    }

    public record Refused() implements Outcome {
    }

    /** Too many failures: the caller may try again after {@code retryAfter}, not before. */
    public record Throttled(Duration retryAfter) implements Outcome {
        /** Whole seconds for {@code Retry-After}, rounded up so a client never comes back too early. */
        public long seconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private record Remembered(String userKey, String passwordHash, Instant until) {
    }

    private final UserStore users;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    public PasswordSignIn(UserStore users, SignInThrottle throttle, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** The login form: always checks the password itself. */
    public Outcome signIn(String username, String password, String address) {
        return check(username, password, address, false);
    }

    /** HTTP Basic: a check that succeeded within the last minute is taken again without PBKDF2. */
    public Outcome basic(String username, String password, String address) {
        return check(username, password, address, true);
    }

    /** Checks the current password of a signed-in user (a password change), counted as a sign-in. */
    public Outcome confirm(HostUser user, String password, String address) {
        return check(user.username(), password, address, false);
    }

    private Outcome check(String username, String password, String address, boolean remember) {
        String name = username == null ? "" : username;
        Optional<Duration> blocked = throttle.blocked(name, address);
        if (blocked.isPresent()) {
            return new Throttled(blocked.get());
        }
        Optional<UserStore.Credential> credential = users.credential(name);
        Instant now = clock.instant();
        String rememberedAs = remember && password != null ? mac(name.toLowerCase(Locale.ROOT) + ":" + password) : null;
        if (rememberedAs != null && credential.isPresent()) {
            Remembered earlier = remembered.get(rememberedAs);
            if (earlier != null && earlier.until().isAfter(now) && earlier.userKey().equals(credential.get().user().key())
                    && earlier.passwordHash().equals(credential.get().passwordHash())) {
                return new SignedIn(credential.get().user());
            }
        }
        Optional<HostUser> user = UserStore.verify(credential, password);
        if (user.isEmpty()) {
            if (rememberedAs != null) {
                remembered.remove(rememberedAs);
            }
            throttle.failed(name, address);
            return new Refused();
        }
        throttle.succeeded(name);
        if (rememberedAs != null) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(rememberedAs, new Remembered(user.get().key(), credential.get().passwordHash(), now.plus(REMEMBERED)));
        }
        return new SignedIn(user.get());
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
