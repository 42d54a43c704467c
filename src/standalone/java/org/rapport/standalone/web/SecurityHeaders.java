package org.rapport.standalone.web;

import org.eclipse.jetty.http.HttpField;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What every answer of the host carries, REST included: {@code X-Content-Type-Options: nosniff},
 * so a browser never runs a JSON answer holding user text as a script or page. And {@code TRACE}
 * (and Microsoft's {@code TRACK}) is refused: {@code HttpServlet.doTrace} would echo the request
 * with its {@code Cookie} and {@code Authorization} headers back to a script that can read the answer.
 */
public final class SecurityHeaders implements Filter {
    static final HttpField NOSNIFF = new HttpField("X-Content-Type-Options", "nosniff");
    private static final String ALLOWED = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader(NOSNIFF.getName(), NOSNIFF.getValue());
        String method = request.getMethod();
        if ("TRACE".equals(method) || "TRACK".equals(method)) {
            response.setHeader("Allow", ALLOWED);
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            response.setContentType(JsonErrors.CONTENT_TYPE);
            response.getOutputStream().write(JsonErrors.body(HttpServletResponse.SC_METHOD_NOT_ALLOWED).getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
