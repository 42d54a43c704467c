package org.rapport.standalone.rest;

import org.rapport.standalone.users.HostUser;
import org.rapport.standalone.web.RequestContext;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * REST v2's access rules: the annotation on the resource method, else on its class, else on its
 * package decides who may call it; with none, Jira 10 treats the method as {@code @LicensedOnly}.
 */
public final class AccessRules implements DynamicFeature {
    static final String ANNOTATION_PACKAGE = "com.atlassian.plugins.rest.api.security.annotation.";

    /** Who may call. */
    public enum Rule {
        ANONYMOUS, LICENSED, ADMIN, SYSTEM_ADMIN
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        context.register(new Check(ruleOf(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass())));
    }

    /** The rule of a resource method, as the products resolve it. */
    public static Rule ruleOf(Method method, Class<?> resourceClass) {
        return declared(method)
                .or(() -> declared(resourceClass))
                .or(() -> declared(resourceClass.getPackage()))
                .orElse(Rule.LICENSED);
    }

    /** The rule an element declares explicitly, if any. */
    public static Optional<Rule> declared(AnnotatedElement element) {
        if (element == null) {
            return Optional.empty();
        }
        for (Annotation annotation : element.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (!name.startsWith(ANNOTATION_PACKAGE)) {
                continue;
            }
            switch (name.substring(ANNOTATION_PACKAGE.length())) {
                case "AnonymousSiteAccess", "UnrestrictedAccess" -> {
                    return Optional.of(Rule.ANONYMOUS);
                }
                case "LicensedOnly", "UnlicensedSiteAccess" -> {
                    return Optional.of(Rule.LICENSED);
                }
                case "AdminOnly" -> {
                    return Optional.of(Rule.ADMIN);
                }
                case "SystemAdminOnly" -> {
                    return Optional.of(Rule.SYSTEM_ADMIN);
                }
                default -> {
                    // Not an access annotation.
                }
            }
        }
        return Optional.empty();
    }

    @Priority(Priorities.AUTHENTICATION)
    private record Check(Rule rule) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (rule == Rule.ANONYMOUS) {
                return;
            }
            Optional<HostUser> user = RequestContext.currentUser();
            if (user.isEmpty()) {
                request.abortWith(RestErrors.of(401, "You are not signed in."));
            } else if ((rule == Rule.ADMIN || rule == Rule.SYSTEM_ADMIN) && !user.get().admin()) {
                request.abortWith(RestErrors.of(403, "You do not have permission to do this."));
            }
        }
    }
}
