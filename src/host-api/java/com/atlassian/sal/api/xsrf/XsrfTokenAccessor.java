package com.atlassian.sal.api.xsrf;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Compile-time stand-in (SAL): reads (and optionally creates) the request's {@code atl_token}. */
public interface XsrfTokenAccessor {
    String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create);
}
