package org.rapport.standalone.web;

import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;

/**
 * The servlet context's error pages ({@code sendError}, an exception out of a servlet, no servlet
 * for the path) in the host's JSON form; see {@link ErrorAnswer}. Jetty ee10 (jakarta.servlet 6, the
 * Jira 11 host); {@code src/standalone/ee8} has the Jira 10 host's, the one class the two hosts do not
 * share (ee10's error handler is a core handler, ee8's a nested one).
 */
public final class ErrorPages extends ErrorHandler {
    public ErrorPages() {
        setShowStacks(false);
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                 List<Charset> charsets, int code, String message, Throwable cause) {
        ErrorAnswer answer = ErrorAnswer.of(request.getAttribute(BodyReadFailures.FAILED), code);
        if (answer.status() != 0) {
            response.setStatus(answer.status());
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JsonErrors.CONTENT_TYPE);
        response.getHeaders().put(SecurityHeaders.NOSNIFF);
        if (answer.close()) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JsonErrors.CONTENT_TYPE);
        fields.put(new HttpField(SecurityHeaders.NOSNIFF.getName(), SecurityHeaders.NOSNIFF.getValue()));
        return ByteBuffer.wrap(JsonErrors.bytes(status));
    }
}
