package org.rapport.help.web;

import com.atlassian.annotations.security.AdminOnly;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /plugins/servlet/rapport/admin/help}: kinds of help and tag merges; the page's script works through REST. */
@AdminOnly
public class HelpAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;

    @Inject
    public HelpAdminServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.adminOrDenied(request, response).isEmpty()) {
            return;
        }
        pages.render(response, "templates/admin/help.vm", pages.restContext(request), "help-admin");
    }
}
