package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;

/** Compile-time stand-in (SAL): passes on {@code X-Atlassian-Token: no-check} or a valid {@code atl_token}. */
public interface XsrfRequestValidator {
    boolean validateRequestPassesXsrfChecks(HttpServletRequest request);
}
