package org.rapport.standalone.auth;

import org.rapport.standalone.users.HostUser;
import org.rapport.standalone.users.UserStore;
import org.rapport.standalone.web.RequestContext;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Identifies the caller of every request, from the session cookie or from HTTP Basic (which the
 * products accept on REST), picks the locale, and binds both to the thread for the request.
 * A wrong Basic password is answered 401 at once, as the products do.
 */
public final class AuthFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);
    private final transient UserStore users;
    private final transient SessionCookies sessions;

    public AuthFilter(UserStore users, SessionCookies sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<HostUser> user;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            user = basic(authorization.substring(6).trim());
            if (user.isEmpty()) {
                refuseCredentials(request, response);
                return;
            }
        } else {
            user = sessions.userKey(request).flatMap(users::byKey).filter(HostUser::active);
        }
        RequestContext.bind(new RequestContext(request, response, user.orElse(null), locale(request)));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestContext.clear();
        }
    }

    /** A wrong Basic password: 401 at once, in JSON on REST (its convention), plain text elsewhere. */
    private static void refuseCredentials(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Rapport\"");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/rest/")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"errors\":[{\"field\":\"\",\"message\":\"Wrong username or password.\"}]}");
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Wrong username or password.");
        }
    }

    private Optional<HostUser> basic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            return users.authenticate(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The best supported language from Accept-Language; English otherwise. */
    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }
}
