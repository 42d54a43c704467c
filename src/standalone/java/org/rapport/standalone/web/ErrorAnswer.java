package org.rapport.standalone.web;

import java.nio.charset.StandardCharsets;

/**
 * What an error page answers, decided once for both servlet containers' {@code ErrorPages} (the
 * host's one javax/jakarta seam, in {@code src/standalone/ee8} and {@code src/standalone/ee10}): the
 * JSON error form of {@link JsonErrors}, or a 400 that closes the connection when the servlet failed
 * because the client's body could not be read (the client's fault, not ours).
 *
 * @param status  the status to set, or 0 to keep the one the container chose
 * @param body    the JSON body
 * @param close   whether to close the connection after answering
 */
record ErrorAnswer(int status, byte[] body, boolean close) {
    /** @param bodyReadFailed the request's {@link BodyReadFailures#FAILED} attribute (null when the body was fine) */
    static ErrorAnswer of(Object bodyReadFailed, int code) {
        if (bodyReadFailed != null) {
            return new ErrorAnswer(400, JsonErrors.body(BodyReadFailures.MESSAGE).getBytes(StandardCharsets.UTF_8), true);
        }
        return new ErrorAnswer(0, JsonErrors.bytes(code), false);
    }
}
