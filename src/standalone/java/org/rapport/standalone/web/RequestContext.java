package org.rapport.standalone.web;

import org.rapport.standalone.users.HostUser;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the products keep per request (the signed-in user, the locale, the web resources a page
 * asked for), bound to the thread for the duration of one request by {@code AuthFilter}.
 */
public final class RequestContext {
    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final HostUser user;
    private final Locale locale;
    private final Set<String> requiredResources = new LinkedHashSet<>();

    public RequestContext(HttpServletRequest request, HttpServletResponse response, HostUser user, Locale locale) {
        this.request = request;
        this.response = response;
        this.user = user;
        this.locale = locale;
    }

    public static void bind(RequestContext context) {
        CURRENT.set(context);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static Optional<RequestContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static Optional<HostUser> currentUser() {
        return current().map(c -> c.user);
    }

    public static Locale currentLocale() {
        return current().map(c -> c.locale).orElse(Locale.ENGLISH);
    }

    public HttpServletRequest request() {
        return request;
    }

    public HttpServletResponse response() {
        return response;
    }

    public Optional<HostUser> user() {
        return Optional.ofNullable(user);
    }

    public Locale locale() {
        return locale;
    }

    /** Web-resource module keys ({@code plugin:module}) the page required, in order. */
    public Set<String> requiredResources() {
        return requiredResources;
    }
}
