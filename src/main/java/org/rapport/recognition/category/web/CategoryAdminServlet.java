package org.rapport.recognition.category.web;

import com.atlassian.annotations.security.AdminOnly;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /plugins/servlet/rapport/admin/categories}: the admin page (also the app's configure URL).
 * The page itself is a shell; its script works through the categories REST API.
 */
@AdminOnly
public class CategoryAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient CategoryAdminView view;

    @Inject
    public CategoryAdminServlet(Pages pages, CategoryAdminView view) {
        this.pages = pages;
        this.view = view;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.adminOrDenied(request, response).isEmpty()) {
            return;
        }
        pages.render(response, "templates/admin/categories.vm", view.context(request.getContextPath()), "category-admin");
    }
}
