package org.rapport.standalone.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/** Serves the host's own files (AUI, host CSS) from a class-path folder, cached for a day. */
public final class StaticServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "application/javascript;charset=UTF-8",
            "svg", "image/svg+xml", "png", "image/png", "gif", "image/gif",
            "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject");
    private final String root;

    /** @param root class-path folder, such as {@code standalone-web/aui} */
    public StaticServlet(String root) {
        this.root = root;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.contains("..") || path.contains("\\") || path.endsWith("/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(root + path)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(contentType(path));
            response.setHeader("Cache-Control", "public, max-age=86400");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }

    static String contentType(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
