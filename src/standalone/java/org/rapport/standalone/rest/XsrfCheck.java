package org.rapport.standalone.rest;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import java.util.Set;

/**
 * The REST layer's XSRF rule, as in the products: a state-changing request must carry a JSON body
 * (which a cross-site form cannot send) or {@code X-Atlassian-Token: no-check}. Form, text,
 * multipart and body-less requests are refused with 403.
 */
// Pre-matching, so a form post is refused as XSRF before JAX-RS answers 415 for the media type.
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public final class XsrfCheck implements ContainerRequestFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String token = request.getHeaderString("X-Atlassian-Token");
        if (token != null && (token.equalsIgnoreCase("no-check") || token.equalsIgnoreCase("nocheck"))) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        request.abortWith(RestErrors.of(403,
                "XSRF check failed: send a JSON body (Content-Type: application/json) or the header X-Atlassian-Token: no-check."));
    }
}
