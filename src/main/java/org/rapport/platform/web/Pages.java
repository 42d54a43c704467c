package org.rapport.platform.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.rapport.platform.Actor;

import javax.inject.Inject;
import javax.inject.Named;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * What every Rapport page servlet does the same way: send strangers to the login page, refuse
 * the unauthorised with a 403 page, and render a Velocity template inside the host's decorator.
 */
@Named
public class Pages {
    /** The web-resource module every Rapport page needs; the complete key is plugin key + ":" + this. */
    public static final String PLUGIN_KEY = "org.rapport.rapport";

    private final TemplateRenderer renderer;
    private final UserManager users;
    private final LoginUriProvider login;
    private final PageBuilderService pageBuilder;

    @Inject
    public Pages(@ComponentImport TemplateRenderer renderer,
                 @ComponentImport UserManager users,
                 @ComponentImport LoginUriProvider login,
                 @ComponentImport PageBuilderService pageBuilder) {
        this.renderer = renderer;
        this.users = users;
        this.login = login;
        this.pageBuilder = pageBuilder;
    }

    /** The signed-in caller, or empty after redirecting the browser to the login page. */
    public Optional<Actor> signedInOrLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey key = users.getRemoteUserKey(request);
        if (key != null) {
            return Optional.of(new Actor(key.getStringValue()));
        }
        response.sendRedirect(login.getLoginUri(currentUri(request)).toASCIIString());
        return Optional.empty();
    }

    /**
     * The signed-in administrator, or empty after sending strangers to the login page and
     * everyone else to the 403 page.
     */
    public Optional<Actor> adminOrDenied(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = signedInOrLogin(request, response);
        if (actor.isPresent() && !users.isAdmin(new UserKey(actor.get().userKey()))) {
            forbidden(response);
            return Optional.empty();
        }
        return actor;
    }

    /** Renders a page template; {@code webResources} are module keys of this plugin's web resources. */
    public void render(HttpServletResponse response, String template, Map<String, Object> context,
                       String... webResources) throws IOException {
        for (String key : webResources) {
            pageBuilder.assembler().resources().requireWebResource(PLUGIN_KEY + ":" + key);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(template, context, response.getWriter());
    }

    /** What every page script needs: the context path and the base of Rapport's REST API. */
    public Map<String, Object> restContext(HttpServletRequest request) {
        return Map.of("contextPath", request.getContextPath(), "restBase", request.getContextPath() + "/rest/rapport/1.0");
    }

    /** The page a signed-in person sees where they lack the right. */
    public void forbidden(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        render(response, "templates/forbidden.vm", Map.of());
    }

    private static URI currentUri(HttpServletRequest request) {
        StringBuilder uri = new StringBuilder(request.getRequestURI());
        if (request.getQueryString() != null) {
            uri.append('?').append(request.getQueryString());
        }
        return URI.create(uri.toString());
    }
}
