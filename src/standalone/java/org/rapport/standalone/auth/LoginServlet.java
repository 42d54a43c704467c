package org.rapport.standalone.auth;

import org.rapport.standalone.web.Chrome;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** {@code /login.jsp}: the sign-in form and its post, returning to {@code os_destination}. */
public final class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Authentication auth;
    private final transient HostXsrf xsrf;
    private final transient Chrome chrome;

    public LoginServlet(Authentication auth, HostXsrf xsrf, Chrome chrome) {
        this.auth = auth;
        this.xsrf = xsrf;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, "", "");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!xsrf.validateRequestPassesXsrfChecks(request)) {
            chrome.message(response, HttpServletResponse.SC_FORBIDDEN, "XSRF check failed", "error",
                    "The form was stale or sent from another site. Please try again.");
            return;
        }
        String username = request.getParameter("os_username");
        String shownName = username == null ? "" : username;
        PasswordSignIn.Outcome outcome = auth.passwords().signIn(username, request.getParameter("os_password"),
                request.getRemoteAddr());
        if (outcome instanceof PasswordSignIn.Throttled throttled) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(throttled.seconds()));
            form(request, response, shownName, SignInMessages.throttled(throttled));
            return;
        }
        if (!(outcome instanceof PasswordSignIn.SignedIn signedIn)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            form(request, response, shownName, "Sorry, your username and password are incorrect.");
            return;
        }
        // Signing in again in the same browser replaces its session rather than leaving the old one alive.
        if (request.getAttribute(SessionStore.ATTRIBUTE) instanceof HostSession previous) {
            auth.sessions().end(previous);
        }
        auth.sessions().signIn(response, signedIn.user().key(), request.isSecure());
        response.sendRedirect(request.getContextPath() + Destination.of(request.getParameter("os_destination")));
    }

    private void form(HttpServletRequest request, HttpServletResponse response, String username, String error)
            throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("failed", !error.isEmpty());
        context.put("error", error);
        context.put("username", username);
        context.put("destination", Destination.of(request.getParameter("os_destination")));
        context.put("xsrfToken", xsrf.getXsrfToken(request, response, true));
        chrome.page(response, "Log in", chrome.body("login.vm", context), false, null);
    }
}
