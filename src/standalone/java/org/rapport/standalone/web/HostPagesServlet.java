package org.rapport.standalone.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import org.rapport.standalone.plugin.LoadedPlugin;
import org.rapport.standalone.users.HostUser;
import org.rapport.standalone.users.HostUserManager;
import org.rapport.standalone.users.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host's own pages, at Jira's addresses: the dashboard ({@code /secure/Dashboard.jspa}), a
 * user profile with the plugin's profile web panels ({@code /secure/ViewProfile.jspa?name=}), and
 * the administration index ({@code /secure/admin}). All need a signed-in user.
 */
public final class HostPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HostPagesServlet.class);
    private static final List<String> PROFILE_LOCATIONS =
            List.of("webpanels.user.profile.summary.details", "webpanels.user.profile.summary.custom");

    private final transient UserStore users;
    private final transient Chrome chrome;
    private final transient LoadedPlugin plugin;

    public HostPagesServlet(UserStore users, Chrome chrome, LoadedPlugin plugin) {
        this.users = users;
        this.chrome = chrome;
        this.plugin = plugin;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = RequestContext.currentUser();
        if (viewer.isEmpty()) {
            String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                    + URLEncoder.encode(back.substring(request.getContextPath().length()), StandardCharsets.UTF_8));
            return;
        }
        String path = request.getServletPath();
        switch (path) {
            case "/secure/ViewProfile.jspa" -> profile(request, response, viewer.get());
            case "/secure/admin" -> admin(response, viewer.get());
            default -> dashboard(response, viewer.get());
        }
    }

    private void dashboard(HttpServletResponse response, HostUser viewer) throws IOException {
        List<Map<String, Object>> people = users.all().stream()
                .filter(HostUser::active)
                .map(u -> Map.<String, Object>of("name", u.displayName(), "username", u.username(), "url", chrome.profileUrl(u.username())))
                .toList();
        chrome.page(response, "Dashboard", chrome.body("dashboard.vm", Map.of("userName", viewer.displayName(), "people", people)), false, null);
    }

    private void admin(HttpServletResponse response, HostUser viewer) throws IOException {
        if (!viewer.admin()) {
            chrome.message(response, HttpServletResponse.SC_FORBIDDEN, "Access denied", "error",
                    "You do not have permission to view this page.");
            return;
        }
        chrome.page(response, "Administration", chrome.body("admin.vm",
                Map.of("adminItems", chrome.items(Chrome.ADMIN_SECTION, null))), true, null);
    }

    private void profile(HttpServletRequest request, HttpServletResponse response, HostUser viewer) throws IOException {
        String name = request.getParameter("name");
        Optional<HostUser> shown = name == null ? Optional.of(viewer) : users.byUsername(name);
        if (shown.isEmpty()) {
            chrome.message(response, HttpServletResponse.SC_NOT_FOUND, "User not found", "warning",
                    "There is no user with that name.");
            return;
        }
        Map<String, Object> panelContext = new HashMap<>();
        panelContext.put("profileUser", HostUserManager.applicationUser(shown.get()));
        panelContext.put("currentUser", HostUserManager.applicationUser(viewer));
        List<Map<String, Object>> panels = new ArrayList<>();
        for (String location : PROFILE_LOCATIONS) {
            for (LoadedPlugin.Panel panel : plugin.panels(location)) {
                panels.add(Map.of("key", panel.key(), "contentHtml", render(panel, panelContext)));
            }
        }
        // Jira's profile page includes the web resources of context atl.userprofile.
        plugin.descriptor().webResources().stream()
                .filter(w -> w.contexts().contains("atl.userprofile"))
                .forEach(w -> RequestContext.current().orElseThrow().requiredResources().add(plugin.descriptor().key() + ":" + w.key()));
        HostUser user = shown.get();
        Map<String, Object> context = Map.of("name", user.displayName(), "username", user.username(),
                "email", user.email(), "panels", panels);
        chrome.page(response, user.displayName(), chrome.body("profile.vm", context), false, null);
    }

    /** A panel's HTML; a failing panel shows an error in its place, as the products do, and is logged. */
    private String render(LoadedPlugin.Panel panel, Map<String, Object> context) throws IOException {
        try {
            Map<String, Object> panelContext = panel.contextProvider() == null
                    ? new HashMap<>(context)
                    : panel.contextProvider().getContextMap(new HashMap<>(context));
            StringWriter out = new StringWriter();
            TemplateRenderer renderer = plugin.templateRenderer();
            renderer.render(panel.viewTemplate(), panelContext, out);
            return out.toString();
        } catch (RuntimeException e) {
            LOG.error("Web panel {} failed", panel.key(), e);
            return chrome.body("message.vm", Map.of("kind", "error", "text", "Error rendering panel " + panel.key()));
        }
    }
}
