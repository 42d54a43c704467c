package org.rapport.recognition.category.web;

import com.atlassian.annotations.security.AdminOnly;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /plugins/servlet/rapport/admin/categories}: the admin page (also the app's configure URL).
 * The page itself is a shell; its script works through the categories REST API.
 */
@AdminOnly
public class CategoryAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;
    private final transient Permissions permissions;
    private final transient CategoryAdminView view;

    @Inject
    public CategoryAdminServlet(Pages pages, Permissions permissions, CategoryAdminView view) {
        this.pages = pages;
        this.permissions = permissions;
        this.view = view;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = pages.signedInOrLogin(request, response);
        if (actor.isEmpty()) {
            return;
        }
        if (!permissions.isAdmin(actor.get())) {
            pages.forbidden(response);
            return;
        }
        pages.render(response, "templates/admin/categories.vm", view.context(request.getContextPath()), "category-admin");
    }
}
