package org.rapport.standalone.web;

import org.eclipse.jetty.ee8.nested.ErrorHandler;
import org.eclipse.jetty.ee8.nested.Request;
import org.eclipse.jetty.http.HttpFields;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The servlet context's error pages ({@code sendError}, an exception out of a servlet, no servlet
 * for the path) in the host's JSON form; see {@link ErrorAnswer}. Jetty ee8 (javax.servlet, the Jira 10
 * host); {@code src/standalone/ee10} has the Jira 11 host's, the one class the two hosts do not share.
 */
public final class ErrorPages extends ErrorHandler {
    public ErrorPages() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        baseRequest.setHandled(true);
        ErrorAnswer answer = ErrorAnswer.of(request.getAttribute(BodyReadFailures.FAILED), code);
        response.setContentType(JsonErrors.CONTENT_TYPE);
        response.setHeader(SecurityHeaders.NOSNIFF.getName(), SecurityHeaders.NOSNIFF.getValue());
        if (answer.status() != 0) {
            response.setStatus(answer.status());
        }
        if (answer.close()) {
            response.setHeader("Connection", "close");
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put("Content-Type", JsonErrors.CONTENT_TYPE);
        return ByteBuffer.wrap(JsonErrors.body(status).getBytes(StandardCharsets.UTF_8));
    }
}
