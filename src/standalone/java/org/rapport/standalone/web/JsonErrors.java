package org.rapport.standalone.web;

import org.eclipse.jetty.http.HttpStatus;

import java.nio.charset.StandardCharsets;

/**
 * The host's error answers in PRODUCT.md's JSON form, {@code {"errors":[{"field":"","message":"..."}]}},
 * for everything Jetty answers by itself (unknown paths, rejected URIs, malformed requests, failed
 * servlets). The message is the status's standard phrase: never an exception's text, a stack trace
 * or the server's name, which would tell a caller how the host is built.
 */
public final class JsonErrors {
    public static final String CONTENT_TYPE = "application/json;charset=utf-8";

    private JsonErrors() {
    }

    /** The JSON body for {@code status}, with its standard reason phrase as the message. */
    public static String body(int status) {
        return body(HttpStatus.getMessage(status));
    }

    /** The JSON body with one error message that is not about a field; {@code message} must be plain ASCII text. */
    public static String body(String message) {
        return "{\"errors\":[{\"field\":\"\",\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]}";
    }

    public static byte[] bytes(int status) {
        return body(status).getBytes(StandardCharsets.UTF_8);
    }
}
