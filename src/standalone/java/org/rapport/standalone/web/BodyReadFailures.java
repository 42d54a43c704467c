package org.rapport.standalone.web;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A request body that cannot be read (broken chunked encoding, fewer bytes than its
 * {@code Content-Length} before the client stopped sending) is the client's fault: it answers
 * {@code 400} in the JSON error form, not a {@code 500} with a stack trace in the log. The
 * request's input stream notes its read failure; whatever the servlet or Jersey made of it
 * (an exception, or an answer not yet sent), the answer becomes that 400.
 */
public final class BodyReadFailures implements Filter {
    static final String MESSAGE = "The request body could not be read (incomplete or malformed).";
    /** Request attribute set once reading the body failed. */
    static final String FAILED = BodyReadFailures.class.getName() + ".failed";

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        WatchedBody watched = new WatchedBody(request);
        try {
            chain.doFilter(watched, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (watched.failure == null) {
                throw e;
            }
        }
        if (watched.failure != null && !response.isCommitted()) {
            response.reset();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(JsonErrors.CONTENT_TYPE);
            response.setHeader(SecurityHeaders.NOSNIFF.getName(), SecurityHeaders.NOSNIFF.getValue());
            // The rest of the body is unreadable: the connection cannot carry another request.
            response.setHeader("Connection", "close");
            response.getOutputStream().write(JsonErrors.body(MESSAGE).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The request with an input stream that remembers whether reading it failed. */
    private static final class WatchedBody extends HttpServletRequestWrapper {
        private Exception failure;
        private ServletInputStream stream;

        WatchedBody(HttpServletRequest request) {
            super(request);
        }

        /**
         * Notes the failure, also on the request, where {@link ErrorPages} finds it when the
         * servlet (Jersey) turned it into {@code sendError(500)} or an exception. Jetty reports a
         * broken chunk as a {@code BadMessageException} (unchecked), a body cut short as an
         * {@code EofException}.
         */
        private <E extends Exception> E failed(E e) {
            failure = e;
            setAttribute(FAILED, Boolean.TRUE);
            return e;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        try {
                            return in.read();
                        } catch (IOException e) {
                            throw failed(e);
                        } catch (RuntimeException e) {
                            throw failed(e);
                        }
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        try {
                            return in.read(buffer, offset, length);
                        } catch (IOException e) {
                            throw failed(e);
                        } catch (RuntimeException e) {
                            throw failed(e);
                        }
                    }

                    @Override
                    public int available() throws IOException {
                        return in.available();
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
