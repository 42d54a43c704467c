package org.rapport.standalone.auth;

import org.rapport.standalone.users.HostUser;
import org.rapport.standalone.users.UserStore;
import org.rapport.standalone.web.Chrome;
import org.rapport.standalone.web.RequestContext;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /secure/account}: the signed-in person's password, personal access tokens and sessions,
 * and for admins "sign out everywhere" for anybody. Every post carries {@code atl_token}, and only a
 * browser session may use the page (as in Jira, a token cannot make more tokens).
 *
 * <p>Posts: {@code /password} (current, new and confirmed password; ends the person's other
 * sessions), {@code /tokens} (make one; its secret is shown once, in the answer), {@code
 * /tokens/revoke}, {@code /sessions/end} (the person's own sessions, or with {@code name} an admin
 * ends another user's).
 */
public final class AccountServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final transient UserStore users;
    private final transient Authentication auth;
    private final transient HostXsrf xsrf;
    private final transient Chrome chrome;

    public AccountServlet(UserStore users, Authentication auth, HostXsrf xsrf, Chrome chrome) {
        this.users = users;
        this.auth = auth;
        this.xsrf = xsrf;
        this.chrome = chrome;
    }

    /** The page as one person sees it after an action: a notice, an error, a token shown once. */
    private record Outcome(int status, String notice, String error, String createdToken) {
        static Outcome none() {
            return new Outcome(200, "", "", "");
        }

        static Outcome notice(String text) {
            return new Outcome(200, text, "", "");
        }

        static Outcome error(int status, String text) {
            return new Outcome(status, "", text, "");
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Signed> signed = signed(request, response);
        if (signed.isPresent()) {
            page(request, response, signed.get(), Outcome.none());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Signed> signed = signed(request, response);
        if (signed.isEmpty()) {
            return;
        }
        if (!xsrf.validateRequestPassesXsrfChecks(request)) {
            chrome.message(response, HttpServletResponse.SC_FORBIDDEN, "XSRF check failed", "error",
                    "The form was stale or sent from another site. Please try again.");
            return;
        }
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        Signed me = signed.get();
        switch (action) {
            case "/password" -> changePassword(request, response, me);
            case "/tokens" -> page(request, response, me, createToken(request, me));
            case "/tokens/revoke" -> page(request, response, me, auth.tokens().revoke(me.user().key(), request.getParameter("id"))
                    ? Outcome.notice("The token was revoked.") : Outcome.error(404, "There is no such token."));
            case "/sessions/end" -> endSessions(request, response, me);
            default -> chrome.message(response, HttpServletResponse.SC_NOT_FOUND, "Not found", "warning", "There is no such page.");
        }
    }

    private record Signed(HostUser user, HostSession session) {
    }

    /** The signed-in person and their browser session; strangers (and token or Basic callers) go to the login page. */
    private Optional<Signed> signed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> user = RequestContext.currentUser();
        if (user.isPresent() && request.getAttribute(SessionStore.ATTRIBUTE) instanceof HostSession session) {
            return Optional.of(new Signed(user.get(), session));
        }
        response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                + URLEncoder.encode("/secure/account", StandardCharsets.UTF_8));
        return Optional.empty();
    }

    private void changePassword(HttpServletRequest request, HttpServletResponse response, Signed me) throws IOException {
        String next = request.getParameter("new_password");
        if (next == null || next.length() < MIN_PASSWORD || next.length() > MAX_PASSWORD) {
            page(request, response, me, Outcome.error(400, "The new password needs " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters."));
            return;
        }
        if (!next.equals(request.getParameter("confirm_password"))) {
            page(request, response, me, Outcome.error(400, "The new password and its confirmation differ."));
            return;
        }
        PasswordSignIn.Outcome check = auth.passwords().confirm(me.user(), request.getParameter("current_password"),
                request.getRemoteAddr());
        if (check instanceof PasswordSignIn.Throttled throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.seconds()));
            page(request, response, me, Outcome.error(429, SignInMessages.throttled(throttled)));
            return;
        }
        if (!(check instanceof PasswordSignIn.SignedIn)) {
            page(request, response, me, Outcome.error(400, "The current password is wrong."));
            return;
        }
        users.changePassword(me.user().key(), next);
        int ended = auth.sessions().endAllExcept(me.user().key(), me.session());
        page(request, response, me, Outcome.notice("Your password was changed. " + ended + " other session(s) were signed out."));
    }

    private Outcome createToken(HttpServletRequest request, Signed me) {
        Optional<Integer> days;
        String expiry = request.getParameter("expiry_days");
        try {
            days = expiry == null || expiry.isBlank() || expiry.equals("never") ? Optional.empty() : Optional.of(Integer.parseInt(expiry.strip()));
        } catch (NumberFormatException e) {
            return Outcome.error(400, "A token expires after 1 to " + AccessTokens.MAX_DAYS + " days, or never.");
        }
        try {
            AccessTokens.Created created = auth.tokens().create(me.user().key(), request.getParameter("name"), days);
            return new Outcome(200, "Token \u201C" + created.token().name() + "\u201D was made. Copy it now: it is not shown again.",
                    "", created.secret());
        } catch (AccessTokens.Refusal refusal) {
            return Outcome.error(400, refusal.getMessage());
        }
    }

    private void endSessions(HttpServletRequest request, HttpServletResponse response, Signed me) throws IOException {
        String name = request.getParameter("name");
        if (name == null || name.isBlank() || name.strip().equalsIgnoreCase(me.user().username())) {
            auth.sessions().endAll(me.user().key());
            auth.sessions().clearCookie(response);
            response.sendRedirect(request.getContextPath() + "/login.jsp");
            return;
        }
        if (!me.user().admin()) {
            page(request, response, me, Outcome.error(403, "Only administrators can sign other people out."));
            return;
        }
        Optional<HostUser> other = users.byUsername(name.strip());
        if (other.isEmpty()) {
            page(request, response, me, Outcome.error(404, "There is no user with that name."));
            return;
        }
        int ended = auth.sessions().endAll(other.get().key());
        page(request, response, me, Outcome.notice(other.get().username() + " was signed out everywhere ("
                + ended + " session(s) ended)."));
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Signed me, Outcome outcome) throws IOException {
        response.setStatus(outcome.status());
        Map<String, Object> context = new HashMap<>();
        context.put("username", me.user().username());
        context.put("isAdmin", me.user().admin());
        context.put("notice", outcome.notice());
        context.put("hasNotice", !outcome.notice().isEmpty());
        context.put("error", outcome.error());
        context.put("hasError", !outcome.error().isEmpty());
        context.put("createdToken", outcome.createdToken());
        context.put("hasCreatedToken", !outcome.createdToken().isEmpty());
        context.put("minPassword", MIN_PASSWORD);
        context.put("maxTokenName", AccessTokens.MAX_NAME);
        context.put("tokens", auth.tokens().of(me.user().key()).stream().map(t -> Map.<String, Object>of(
                "id", t.id(), "name", t.name(), "created", time(t.created()),
                "lastUsed", t.lastUsed().map(AccountServlet::time).orElse("never"),
                "expires", t.expires().map(AccountServlet::time).orElse("never"))).toList());
        List<HostSession> sessions = auth.sessions().of(me.user().key());
        context.put("sessions", sessions.stream().map(s -> Map.<String, Object>of(
                "created", time(s.created()), "lastSeen", time(s.lastSeen()), "expires", time(s.expires()),
                "current", s.id().equals(me.session().id()))).toList());
        context.put("xsrfToken", xsrf.getXsrfToken(request, response, true));
        // The answer may carry a new token's secret: no cache may keep it (Chrome also sends no-store).
        chrome.page(response, "Your account", chrome.body("account.vm", context), false, null);
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
