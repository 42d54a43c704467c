package org.rapport.standalone.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code /download/resources/PLUGIN:MODULE/NAME}: a file of a plugin web resource, transformed. */
public final class WebResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient WebResources resources;

    public WebResourceServlet(WebResources resources) {
        this.resources = resources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        int slash = path == null ? -1 : path.indexOf('/', 1);
        if (slash < 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String module = path.substring(1, slash);
        String name = path.substring(slash + 1);
        Optional<byte[]> content = resources.content(module, name, RequestContext.currentLocale());
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(StaticServlet.contentType(name));
        // Translated per language, so not shared between users with different Accept-Language.
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("Vary", "Accept-Language");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(content.get());
    }
}
