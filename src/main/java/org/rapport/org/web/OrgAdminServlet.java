package org.rapport.org.web;

import com.atlassian.annotations.security.AdminOnly;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /plugins/servlet/rapport/admin/org}: import org data from CSV (preview, then import) and
 * edit one person. The page's script works through the REST API.
 */
@AdminOnly
public class OrgAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;

    @Inject
    public OrgAdminServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.adminOrDenied(request, response).isEmpty()) {
            return;
        }
        pages.render(response, "templates/admin/org.vm", pages.restContext(request), "org-admin");
    }
}
