package org.rapport.standalone.auth;

import org.rapport.standalone.users.HostUser;
import org.rapport.standalone.users.UserStore;
import org.rapport.standalone.web.JsonErrors;
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
import java.util.Set;

/**
 * Identifies the caller of every request, from a personal access token
 * ({@code Authorization: Bearer}), HTTP Basic (which the products accept on REST) or the session
 * cookie, picks the locale, and binds both to the thread for the request. Wrong credentials are
 * answered 401 at once, as the products do; too many wrong passwords 429 with {@code Retry-After};
 * Basic on a host where it is off 403 with Jira 11's message.
 */
public final class AuthFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final String WRONG_PASSWORD = "Wrong username or password.";
    private final transient UserStore users;
    private static final String BASIC_DISABLED = "Basic Authentication has been disabled on this instance.";
    private final transient Authentication auth;
    private final boolean basicAccepted;

    /** @param basicAccepted whether HTTP Basic is on (Jira 11 turns it off outside demo mode; see HostProduct) */
    public AuthFilter(UserStore users, Authentication auth, boolean basicAccepted) {
        this.users = users;
        this.auth = auth;
        this.basicAccepted = basicAccepted;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<HostUser> user;
        Set<String> groups = null;
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (!basicAccepted) {
                // As Jira 11 answers with Basic turned off: no password is checked, so none can be guessed.
                refuse(request, response, HttpServletResponse.SC_FORBIDDEN, 0, BASIC_DISABLED);
                return;
            }
            PasswordSignIn.Outcome outcome = basic(authorization.substring(6).trim(), request.getRemoteAddr());
            if (outcome instanceof PasswordSignIn.Throttled throttled) {
                refuse(request, response, 429, throttled.seconds(), SignInMessages.throttled(throttled));
                return;
            }
            if (!(outcome instanceof PasswordSignIn.SignedIn signedIn)) {
                refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, 0, WRONG_PASSWORD);
                return;
            }
            user = Optional.of(signedIn.user());
        } else if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            user = auth.tokens().authenticate(authorization.substring(7).trim())
                    .flatMap(token -> users.byKey(token.userKey())).filter(HostUser::active);
            if (user.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Rapport\", error=\"invalid_token\"");
                refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, 0, "The access token is wrong, revoked or expired.");
                return;
            }
        } else {
            Optional<SessionStore.SignedIn> signedIn = auth.sessions().signedIn(request);
            signedIn.ifPresent(s -> request.setAttribute(SessionStore.ATTRIBUTE, s.session()));
            user = signedIn.flatMap(s -> users.byKey(s.session().userKey())).filter(HostUser::active);
            groups = signedIn.map(SessionStore.SignedIn::groups).orElse(null);
        }
        RequestContext.bind(new RequestContext(request, response, user.orElse(null), locale(request), groups));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestContext.clear();
        }
    }

    /** Refused credentials: in JSON on REST (its convention), plain text elsewhere. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, long retryAfter,
                               String message) throws IOException {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED && !response.containsHeader("WWW-Authenticate")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Rapport\"");
        } else if (retryAfter > 0) {
            response.setHeader("Retry-After", Long.toString(retryAfter));
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/rest/")) {
            response.setContentType(JsonErrors.CONTENT_TYPE);
            response.getWriter().write(JsonErrors.body(message));
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(message);
        }
    }

    private PasswordSignIn.Outcome basic(String encoded, String address) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return new PasswordSignIn.Refused();
            }
            return auth.passwords().basic(pair.substring(0, colon), pair.substring(colon + 1), address);
        } catch (IllegalArgumentException e) {
            return new PasswordSignIn.Refused();
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
