package org.rapport.standalone.web;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import java.io.IOException;

/**
 * Reads what is left of a request body after the response has been produced.
 *
 * <p>Why: a request refused before its body is read (401 from the REST access rules, 403 from the
 * XSRF check) leaves the body unread. Jersey has already committed and flushed the answer, so Jetty
 * cannot add {@code Connection: close}; it closes the keep-alive connection afterwards instead, and a
 * client that sends its next request on that connection in the meantime sees "no bytes" (seen as a
 * rare failure of a test posting to an endpoint anonymously). Reading the rest keeps the connection
 * reusable. Bodies larger than {@link #LIMIT} are left alone: then closing the connection is right.
 */
public final class RequestBodyDrain implements Filter {
    static final int LIMIT = 1 << 20;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            drain(request);
        }
    }

    private static void drain(ServletRequest request) {
        long declared = request.getContentLengthLong();
        if (declared == 0 || declared > LIMIT) {
            return;
        }
        try {
            ServletInputStream in = request.getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            while (!in.isFinished() && read <= LIMIT) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                read += n;
            }
        } catch (IllegalStateException e) {
            // The application read the body through getReader(): it has consumed what it needed.
        } catch (IOException e) {
            // The client went away: nothing to keep alive.
        }
    }
}
