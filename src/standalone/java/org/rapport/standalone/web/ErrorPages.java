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
 * for the path) in the host's JSON form; see {@link JsonErrors}.
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
        response.setContentType(JsonErrors.CONTENT_TYPE);
        response.setHeader(SecurityHeaders.NOSNIFF.getName(), SecurityHeaders.NOSNIFF.getValue());
        byte[] body;
        if (request.getAttribute(BodyReadFailures.FAILED) != null) {
            // The servlet failed because the client's body could not be read: the client's fault, not ours.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setHeader("Connection", "close");
            body = JsonErrors.body(BodyReadFailures.MESSAGE).getBytes(StandardCharsets.UTF_8);
        } else {
            body = JsonErrors.bytes(code);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put("Content-Type", JsonErrors.CONTENT_TYPE);
        return ByteBuffer.wrap(JsonErrors.body(status).getBytes(StandardCharsets.UTF_8));
    }
}
