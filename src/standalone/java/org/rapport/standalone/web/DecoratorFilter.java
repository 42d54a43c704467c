package org.rapport.standalone.web;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The products' SiteMesh step for plugin servlets: a page whose head has
 * {@code <meta name="decorator" content="atl.general|atl.admin">} gets the host chrome around its
 * body, with the web resources it required. Other output passes through untouched.
 */
public final class DecoratorFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"\\s+content=\"([^\"]+)\"\\s*/?>");
    private static final Pattern ACTIVE_TAB = Pattern.compile("<meta\\s+name=\"admin\\.active\\.tab\"\\s+content=\"([^\"]+)\"\\s*/?>");
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

    private final transient Chrome chrome;

    public DecoratorFilter(Chrome chrome) {
        this.chrome = chrome;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        String html = capture.text();
        Matcher decorator = DECORATOR.matcher(html);
        String type = response.getContentType();
        if (capture.redirected || type == null || !type.startsWith("text/html") || !decorator.find()) {
            response.getWriter().write(html);
            return;
        }
        Matcher title = TITLE.matcher(html);
        Matcher body = BODY.matcher(html);
        Matcher tab = ACTIVE_TAB.matcher(html);
        boolean admin = decorator.group(1).equals("atl.admin");
        // The title was escaped by the plugin's template already; the chrome escapes again, so unescape once.
        chrome.page(response,
                title.find() ? unescape(title.group(1).trim()) : "",
                body.find() ? body.group(1) : html,
                admin,
                admin && tab.find() ? tab.group(1) : null);
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
    }

    /** Buffers what the servlet writes so the page can be decorated after it finished. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final CharArrayWriter buffer = new CharArrayWriter();
        private final PrintWriter writer = new PrintWriter(buffer);
        private boolean redirected;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            redirected = true;
            super.sendRedirect(location);
        }

        String text() {
            writer.flush();
            return buffer.toString();
        }
    }
}
