package org.rapport.standalone.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.rapport.standalone.plugin.PluginDescriptor;
import org.rapport.standalone.users.HostUser;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The host's page chrome (header with the plugin's top-navigation web items, admin sidebar with
 * its admin web items, the user menu) and its own small pages, all rendered by the same
 * Velocity renderer rules as plugin templates.
 */
public final class Chrome {
    public static final String TOP_NAVIGATION = "system.top.navigation.bar";
    public static final String ADMIN_SECTION = "system.admin/configuration";
    public static final String GENERAL_CONTEXT = "atl.general";
    public static final String ADMIN_CONTEXT = "atl.admin";

    private final TemplateRenderer hostTemplates;
    private final PluginDescriptor plugin;
    private final I18nResolver pluginI18n;
    private final WebResources webResources;
    private final XsrfTokenAccessor xsrf;
    private final String contextPath;
    /** Evaluates web-item conditions for the current request. */
    private final Predicate<PluginDescriptor.WebItem> shown;

    public Chrome(TemplateRenderer hostTemplates, PluginDescriptor plugin, I18nResolver pluginI18n,
                  WebResources webResources, XsrfTokenAccessor xsrf, String contextPath,
                  Predicate<PluginDescriptor.WebItem> shown) {
        this.shown = shown;
        this.hostTemplates = hostTemplates;
        this.plugin = plugin;
        this.pluginI18n = pluginI18n;
        this.webResources = webResources;
        this.xsrf = xsrf;
        this.contextPath = contextPath;
    }

    /** A page decorated as {@code atl.general} or, with {@code adminTab} set, {@code atl.admin}. */
    public void page(HttpServletResponse response, String title, String bodyHtml, boolean admin, String adminTab)
            throws IOException {
        RequestContext request = RequestContext.current().orElseThrow();
        Optional<HostUser> user = request.user();
        Map<String, Object> context = new HashMap<>();
        context.put("title", title);
        context.put("language", request.locale().getLanguage());
        context.put("contextPath", contextPath);
        context.put("bodyHtml", bodyHtml);
        context.put("admin", admin);
        context.put("navItems", items(TOP_NAVIGATION, null));
        context.put("adminItems", items(ADMIN_SECTION, adminTab));
        context.put("signedIn", user.isPresent());
        context.put("isAdmin", user.map(HostUser::admin).orElse(false));
        context.put("userName", user.map(HostUser::displayName).orElse(""));
        // Jira writes the signed-in username into <meta name="ajs-remote-user"> (empty for anonymous).
        context.put("remoteUser", user.map(HostUser::username).orElse(""));
        context.put("profileUrl", user.map(u -> profileUrl(u.username())).orElse(""));
        context.put("xsrfToken", xsrf.getXsrfToken(request.request(), response, true));
        // Jira includes the web resources of context atl.general on every page it decorates as such,
        // and those of atl.admin on administration pages.
        request.requiredResources().addAll(webResources.inContext(admin ? ADMIN_CONTEXT : GENERAL_CONTEXT));
        List<WebResources.File> files = webResources.files(request.requiredResources());
        context.put("cssUrls", files.stream().filter(WebResources.File::isCss).map(webResources::url).toList());
        context.put("jsUrls", files.stream().filter(WebResources.File::isJs).map(webResources::url).toList());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        hostTemplates.render("host-templates/page.vm", context, response.getWriter());
    }

    /** Renders one of the host's own body templates to a string. */
    public String body(String template, Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        Map<String, Object> full = new HashMap<>(context);
        full.put("contextPath", contextPath);
        hostTemplates.render("host-templates/" + template, full, out);
        return out.toString();
    }

    /** A host page showing one message, with a status code. */
    public void message(HttpServletResponse response, int status, String title, String kind, String text) throws IOException {
        response.setStatus(status);
        page(response, title, body("message.vm", Map.of("kind", kind, "text", text)), false, null);
    }

    public String issueUrl(String key) {
        return contextPath + "/browse/" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    public String profileUrl(String username) {
        return contextPath + "/secure/ViewProfile.jspa?name=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
    }

    /** The web items of a section as maps for templates, by weight. */
    public List<Map<String, Object>> items(String section, String activeKey) {
        return plugin.webItems().stream()
                .filter(i -> i.section().equals(section))
                .filter(shown)
                .sorted(Comparator.comparingInt(PluginDescriptor.WebItem::weight))
                .map(i -> Map.<String, Object>of(
                        "id", i.linkId().isEmpty() ? i.key() : i.linkId(),
                        "label", pluginI18n.getText(i.labelKey()),
                        "url", contextPath + i.link(),
                        "active", i.key().equals(activeKey)))
                .toList();
    }
}
