package org.rapport.standalone.auth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The sign-in cookie: {@code userKey|expiry} signed with HMAC-SHA256. The secret lives in the
 * database, so the session holds on every node and across restarts with nothing in JVM memory.
 */
public final class SessionCookies {
    public static final String NAME = "RAPPORT_SESSION";
    private static final Duration LIFETIME = Duration.ofHours(12);
    private final byte[] secret;
    private final Clock clock;

    public SessionCookies(byte[] secret, Clock clock) {
        this.secret = secret.clone();
        this.clock = clock;
    }

    /** Sets the cookie for a user who just signed in: HttpOnly, SameSite=Lax, whole site. */
    public void signIn(HttpServletResponse response, String userKey, boolean secure) {
        long expiry = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = userKey + "|" + expiry;
        String value = b64(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64(mac(payload));
        response.addHeader("Set-Cookie", NAME + "=" + value + "; Path=/; Max-Age=" + LIFETIME.toSeconds()
                + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    public void signOut(HttpServletResponse response) {
        response.addHeader("Set-Cookie", NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    /** The user key of a valid, unexpired cookie. */
    public Optional<String> userKey(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return verify(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private Optional<String> verify(String value) {
        int dot = value.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(value.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(value.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(payload))) {
                return Optional.empty();
            }
            int bar = payload.lastIndexOf('|');
            long expiry = Long.parseLong(payload.substring(bar + 1));
            if (clock.instant().getEpochSecond() > expiry) {
                return Optional.empty();
            }
            return Optional.of(payload.substring(0, bar));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
