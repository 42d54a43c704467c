package org.rapport.standalone.web;

import org.rapport.standalone.rest.AccessRules;
import org.rapport.standalone.users.HostUser;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The platform's access rule for a plugin servlet ({@code com.atlassian.annotations.security.*}
 * on the servlet class; none means licensed users only): strangers go to the login page, the
 * unauthorised get a 403 page. The servlet still checks again itself.
 */
public final class ServletAccessFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String PACKAGE = "com.atlassian.annotations.security.";
    private final AccessRules.Rule rule;
    private final transient Chrome chrome;

    public ServletAccessFilter(Class<?> servletClass, Chrome chrome) {
        this.rule = ruleOf(servletClass);
        this.chrome = chrome;
    }

    static AccessRules.Rule ruleOf(Class<?> servletClass) {
        for (Annotation a : servletClass.getAnnotations()) {
            String name = a.annotationType().getName();
            if (name.startsWith(PACKAGE)) {
                switch (name.substring(PACKAGE.length())) {
                    case "AnonymousSiteAccess", "UnrestrictedAccess" -> {
                        return AccessRules.Rule.ANONYMOUS;
                    }
                    case "AdminOnly" -> {
                        return AccessRules.Rule.ADMIN;
                    }
                    case "SystemAdminOnly" -> {
                        return AccessRules.Rule.SYSTEM_ADMIN;
                    }
                    default -> {
                        return AccessRules.Rule.LICENSED;
                    }
                }
            }
        }
        return AccessRules.Rule.LICENSED;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<HostUser> user = RequestContext.currentUser();
        if (rule != AccessRules.Rule.ANONYMOUS && user.isEmpty()) {
            String back = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + "/login.jsp?os_destination="
                    + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        if ((rule == AccessRules.Rule.ADMIN || rule == AccessRules.Rule.SYSTEM_ADMIN) && !user.get().admin()) {
            chrome.message(response, HttpServletResponse.SC_FORBIDDEN, "Access denied", "error",
                    "You do not have permission to view this page.");
            return;
        }
        chain.doFilter(request, response);
    }
}
