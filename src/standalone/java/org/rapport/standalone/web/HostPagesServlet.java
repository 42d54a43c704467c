package org.rapport.standalone.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import org.rapport.standalone.issues.IssueDirectory;
import org.rapport.standalone.plugin.LoadedPlugin;
import org.rapport.standalone.users.HostUser;
import org.rapport.standalone.users.HostUserManager;
import org.rapport.standalone.users.UserPage;
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
 * user profile with the plugin's profile web panels ({@code /secure/ViewProfile.jspa?name=}), the
 * demo issues ({@code /issues}) and an issue view with the plugin's issue web panels
 * ({@code /browse/KEY}), and the administration index ({@code /secure/admin}). All need a
 * signed-in user.
 */
public final class HostPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HostPagesServlet.class);
    private static final List<String> PROFILE_LOCATIONS =
            List.of("webpanels.user.profile.summary.details", "webpanels.user.profile.summary.custom");

    /** People per dashboard page. */
    static final int PEOPLE_PER_PAGE = 50;
    private final transient UserStore users;
    private final transient Chrome chrome;
    /** Jira's right-hand column of the issue view. */
    public static final String ISSUE_RIGHT_CONTEXT = "atl.jira.view.issue.right.context";
    /** The web-resource context Jira includes on the issue view. */
    public static final String ISSUE_VIEW_CONTEXT = "jira.view.issue";

    private final transient LoadedPlugin plugin;
    private final transient IssueDirectory issues;
    private final transient WebResources webResources;

    public HostPagesServlet(UserStore users, Chrome chrome, LoadedPlugin plugin, IssueDirectory issues, WebResources webResources) {
        this.users = users;
        this.chrome = chrome;
        this.plugin = plugin;
        this.issues = issues;
        this.webResources = webResources;
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
            case "/issues" -> issueList(response);
            case "/browse" -> issue(request, response, viewer.get());
            default -> dashboard(request, response, viewer.get());
        }
    }

    /**
     * The dashboard lists people {@value #PEOPLE_PER_PAGE} at a time in name order ({@code ?after=KEY}
     * or {@code ?before=KEY} of the page's last or first person): a host of 50,000 users used to
     * render all of them in one 5.7 MB page.
     */
    private void dashboard(HttpServletRequest request, HttpServletResponse response, HostUser viewer) throws IOException {
        String before = request.getParameter("before");
        String after = request.getParameter("after");
        UserPage page = before != null ? users.page(before, false, PEOPLE_PER_PAGE) : users.page(after, true, PEOPLE_PER_PAGE);
        List<Map<String, Object>> people = page.people().stream()
                .map(u -> Map.<String, Object>of("name", u.displayName(), "username", u.username(), "url", chrome.profileUrl(u.username())))
                .toList();
        String here = request.getContextPath() + request.getServletPath();
        Map<String, Object> context = new HashMap<>();
        context.put("userName", viewer.displayName());
        context.put("people", people);
        context.put("previousUrl", page.hasPrevious() ? pageUrl(here, "before", page.people().get(0).key()) : "");
        context.put("nextUrl", page.hasNext() ? pageUrl(here, "after", page.people().get(page.people().size() - 1).key()) : "");
        context.put("issues", issueRows());
        chrome.page(response, "Dashboard", chrome.body("dashboard.vm", context), false, null);
    }

    private static String pageUrl(String path, String direction, String userKey) {
        return path + "?" + direction + "=" + URLEncoder.encode(userKey, StandardCharsets.UTF_8);
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
                String html = render(panel, panelContext);
                // A panel with nothing to say for this viewer (the unread line on someone else's
                // profile) renders blank: no empty bordered box for it, as the product shows none.
                if (!html.isBlank()) {
                    panels.add(Map.of("key", panel.key(), "contentHtml", html));
                }
            }
        }
        // Jira's profile page includes the web resources of context atl.userprofile.
        RequestContext.current().orElseThrow().requiredResources().addAll(webResources.inContext("atl.userprofile"));
        HostUser user = shown.get();
        Map<String, Object> context = Map.of("name", user.displayName(), "username", user.username(),
                "email", user.email(), "panels", panels);
        chrome.page(response, user.displayName(), chrome.body("profile.vm", context), false, null);
    }

    private void issueList(HttpServletResponse response) throws IOException {
        chrome.page(response, "Issues", chrome.body("issues.vm", Map.of("issues", issueRows())), false, null);
    }

    private List<Map<String, Object>> issueRows() {
        return issues.all().stream().map(i -> Map.<String, Object>of(
                "key", i.getKey(), "summary", i.getSummary(), "url", chrome.issueUrl(i.getKey()),
                "assignee", i.getAssignee() == null ? "" : i.getAssignee().getDisplayName())).toList();
    }

    /**
     * Jira's issue view: the issue's details on the left; on the right its people, then every web
     * panel at {@code atl.jira.view.issue.right.context} by weight, each under its label, with the
     * context map Jira passes ({@code issue}, {@code project}, {@code user}).
     */
    private void issue(HttpServletRequest request, HttpServletResponse response, HostUser viewer) throws IOException {
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<IssueDirectory.HostIssue> found = issues.byKey(key);
        if (found.isEmpty()) {
            chrome.message(response, HttpServletResponse.SC_NOT_FOUND, "Issue does not exist", "warning",
                    "The issue you are trying to view does not exist.");
            return;
        }
        IssueDirectory.HostIssue issue = found.get();
        Map<String, Object> panelContext = new HashMap<>();
        panelContext.put("issue", issue);
        panelContext.put("project", issue.project());
        panelContext.put("user", HostUserManager.applicationUser(viewer));
        List<Map<String, Object>> panels = new ArrayList<>();
        for (LoadedPlugin.Panel panel : plugin.panels(ISSUE_RIGHT_CONTEXT)) {
            panels.add(Map.of("key", panel.key(), "label", panel.labelKey() == null ? "" : plugin.i18n().getText(panel.labelKey()),
                    "contentHtml", render(panel, panelContext)));
        }
        RequestContext.current().orElseThrow().requiredResources().addAll(webResources.inContext(ISSUE_VIEW_CONTEXT));
        Map<String, Object> context = new HashMap<>();
        context.put("key", issue.getKey());
        context.put("summary", issue.getSummary());
        context.put("projectName", issue.project().getName());
        context.put("projectKey", issue.project().getKey());
        context.put("assignee", person(issue.getAssignee()));
        context.put("reporter", person(issue.getReporter()));
        context.put("panels", panels);
        chrome.page(response, "[" + issue.getKey() + "] " + issue.getSummary(), chrome.body("issue.vm", context), false, null);
    }

    private Map<String, Object> person(com.atlassian.jira.user.ApplicationUser user) {
        return user == null
                ? Map.of("present", false, "name", "", "url", "")
                : Map.of("present", true, "name", user.getDisplayName(), "url", chrome.profileUrl(user.getUsername()));
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
