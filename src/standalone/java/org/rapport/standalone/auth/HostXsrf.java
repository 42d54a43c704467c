package org.rapport.standalone.auth;

import com.atlassian.sal.api.xsrf.XsrfRequestValidator;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * XSRF as Jira does it: a random token in the {@code atlassian.xsrf.token} cookie, echoed by
 * forms as {@code atl_token}; a request passes when the two match, or when it carries
 * {@code X-Atlassian-Token: no-check} (which a cross-site form cannot send).
 */
public final class HostXsrf implements XsrfRequestValidator, XsrfTokenAccessor {
    public static final String COOKIE = "atlassian.xsrf.token";
    public static final String PARAMETER = "atl_token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public boolean validateRequestPassesXsrfChecks(HttpServletRequest request) {
        if (hasNoCheckHeader(request)) {
            return true;
        }
        String cookie = cookieToken(request);
        String sent = request.getParameter(PARAMETER);
        return cookie != null && sent != null
                && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        String existing = (String) request.getAttribute(COOKIE);
        if (existing == null) {
            existing = cookieToken(request);
        }
        if (existing == null && create) {
            byte[] bytes = new byte[20];
            RANDOM.nextBytes(bytes);
            existing = HexFormat.of().formatHex(bytes);
            response.addHeader("Set-Cookie", COOKIE + "=" + existing + "; Path=/; SameSite=Lax");
        }
        if (existing != null) {
            request.setAttribute(COOKIE, existing);
        }
        return existing;
    }

    /** {@code X-Atlassian-Token: no-check} (Jira also accepts {@code nocheck}). */
    public static boolean hasNoCheckHeader(HttpServletRequest request) {
        String header = request.getHeader("X-Atlassian-Token");
        return header != null && (header.equalsIgnoreCase("no-check") || header.equalsIgnoreCase("nocheck"));
    }

    private static String cookieToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[0-9a-f]{40}")) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
