package org.rapport.recognition.moderation.web;

import com.atlassian.annotations.security.AdminOnly;
import org.rapport.platform.web.Pages;

import javax.inject.Inject;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /plugins/servlet/rapport/admin/moderation}: the moderation queue and the hidden
 * recognitions. The page is a shell; its script works through the moderation REST API.
 */
@AdminOnly
public class ModerationAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Pages pages;

    @Inject
    public ModerationAdminServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pages.adminOrDenied(request, response).isEmpty()) {
            return;
        }
        Map<String, Object> context = new HashMap<>(pages.restContext(request));
        context.put("reasonMax", 500);
        pages.render(response, "templates/admin/moderation.vm", context, "moderation-admin");
    }
}
