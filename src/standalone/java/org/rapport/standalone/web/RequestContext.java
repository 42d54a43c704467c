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
    private final Set<String> userGroups;
    private final Set<String> requiredResources = new LinkedHashSet<>();

    public RequestContext(HttpServletRequest request, HttpServletResponse response, HostUser user, Locale locale) {
        this(request, response, user, locale, null);
    }

    /** With {@code userGroups}: the host groups of {@code user} as read with their session, or null if not read. */
    public RequestContext(HttpServletRequest request, HttpServletResponse response, HostUser user, Locale locale,
                          Set<String> userGroups) {
        this.request = request;
        this.response = response;
        this.user = user;
        this.locale = locale;
        this.userGroups = user == null ? null : userGroups;
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

    /**
     * The host groups the signed-in user belongs to, if the request read them with the session
     * (empty otherwise: ask the user store).
     */
    public Optional<Set<String>> userGroups() {
        return Optional.ofNullable(userGroups);
    }

    /** Web-resource module keys ({@code plugin:module}) the page required, in order. */
    public Set<String> requiredResources() {
        return requiredResources;
    }
}
