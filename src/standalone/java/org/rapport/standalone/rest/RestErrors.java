package org.rapport.standalone.rest;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The host's own REST refusals, in the same JSON shape as the plugin's errors. */
final class RestErrors {
    private RestErrors() {
    }

    static Response of(int status, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("errors", List.of(Map.of("field", "", "message", message))))
                .build();
    }
}
