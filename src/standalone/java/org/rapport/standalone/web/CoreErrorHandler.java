package org.rapport.standalone.web;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Jetty's server-level error answers (requests refused before any servlet sees them: {@code %00}
 * or bad UTF-8 in the path, ambiguous URIs, malformed requests) in the host's JSON form, with
 * {@code X-Content-Type-Options: nosniff} like every other answer. Jetty's own page is HTML and
 * says "Powered by Jetty".
 */
public final class CoreErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JsonErrors.CONTENT_TYPE);
        response.getHeaders().put(SecurityHeaders.NOSNIFF);
        response.write(true, ByteBuffer.wrap(JsonErrors.bytes(code)), callback);
    }

    /** The parser's refusals of a request it cannot even read (bad request line or headers, bad chunking). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JsonErrors.CONTENT_TYPE);
        fields.put(new HttpField(SecurityHeaders.NOSNIFF.getName(), SecurityHeaders.NOSNIFF.getValue()));
        return ByteBuffer.wrap(JsonErrors.bytes(status));
    }
}
