package org.rapport.standalone.auth;

import org.rapport.standalone.web.Chrome;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code POST /logout} with {@code atl_token}: ends the session in the database and forgets the cookie. */
public final class LogoutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SessionStore sessions;
    private final transient HostXsrf xsrf;
    private final transient Chrome chrome;

    public LogoutServlet(SessionStore sessions, HostXsrf xsrf, Chrome chrome) {
        this.sessions = sessions;
        this.xsrf = xsrf;
        this.chrome = chrome;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!xsrf.validateRequestPassesXsrfChecks(request)) {
            chrome.message(response, HttpServletResponse.SC_FORBIDDEN, "XSRF check failed", "error",
                    "The form was stale or sent from another site. Please try again.");
            return;
        }
        if (request.getAttribute(SessionStore.ATTRIBUTE) instanceof HostSession session) {
            sessions.end(session);
        }
        sessions.clearCookie(response);
        response.sendRedirect(request.getContextPath() + "/login.jsp");
    }
}
