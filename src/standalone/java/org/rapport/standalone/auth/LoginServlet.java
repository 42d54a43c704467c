package org.rapport.standalone.auth;

import org.rapport.standalone.users.HostUser;
import org.rapport.standalone.users.UserStore;
import org.rapport.standalone.web.Chrome;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code /login.jsp}: the sign-in form and its post, returning to {@code os_destination}. */
public final class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient UserStore users;
    private final transient SessionCookies sessions;
    private final transient HostXsrf xsrf;
    private final transient Chrome chrome;

    public LoginServlet(UserStore users, SessionCookies sessions, HostXsrf xsrf, Chrome chrome) {
        this.users = users;
        this.sessions = sessions;
        this.xsrf = xsrf;
        this.chrome = chrome;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        form(request, response, false, "");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!xsrf.validateRequestPassesXsrfChecks(request)) {
            chrome.message(response, HttpServletResponse.SC_FORBIDDEN, "XSRF check failed", "error",
                    "The form was stale or sent from another site. Please try again.");
            return;
        }
        String username = request.getParameter("os_username");
        Optional<HostUser> user = users.authenticate(username, request.getParameter("os_password"));
        if (user.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            form(request, response, true, username == null ? "" : username);
            return;
        }
        sessions.signIn(response, user.get().key(), request.isSecure());
        response.sendRedirect(request.getContextPath() + safeDestination(request.getParameter("os_destination")));
    }

    private void form(HttpServletRequest request, HttpServletResponse response, boolean failed, String username)
            throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("failed", failed);
        context.put("username", username);
        context.put("destination", safeDestination(request.getParameter("os_destination")));
        context.put("xsrfToken", xsrf.getXsrfToken(request, response, true));
        chrome.page(response, "Log in", chrome.body("login.vm", context), false, null);
    }

    /** Only a path on this host: never another site (an open redirect), never back to the login page. */
    static String safeDestination(String destination) {
        if (destination == null || !destination.startsWith("/") || destination.startsWith("//")
                || destination.contains("\\") || destination.startsWith("/login.jsp")) {
            return "/";
        }
        return destination;
    }
}
