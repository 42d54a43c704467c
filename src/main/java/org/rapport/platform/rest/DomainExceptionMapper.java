package org.rapport.platform.rest;

import org.rapport.platform.ConflictException;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.LimitExceededException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.NotSignedInException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.inject.Inject;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static javax.ws.rs.core.Response.Status.BAD_REQUEST;
import static javax.ws.rs.core.Response.Status.CONFLICT;
import static javax.ws.rs.core.Response.Status.FORBIDDEN;
import static javax.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR;
import static javax.ws.rs.core.Response.Status.NOT_FOUND;
import static javax.ws.rs.core.Response.Status.UNAUTHORIZED;

/**
 * Turns the services' exceptions into PRODUCT.md's status codes with a JSON body. JAX-RS's own
 * exceptions (unknown path, wrong method) keep their status. Anything else is a defect on our
 * side: logged, and answered 500 without internals.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionMapper.class);
    private final ErrorResponses responses;

    @Inject
    public DomainExceptionMapper(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return responses.fields(BAD_REQUEST, invalid.errors());
        }
        if (e instanceof ConflictException conflict) {
            return responses.fields(CONFLICT, List.of(conflict.error()));
        }
        if (e instanceof LimitExceededException limit) {
            long seconds = Math.max(1, Duration.between(Instant.now(), limit.resetsAt()).getSeconds());
            return Response.fromResponse(responses.fields(429, List.of(limit.error())))
                    .header("Retry-After", Long.toString(seconds))
                    .build();
        }
        if (e instanceof NotFoundException) {
            return responses.message(NOT_FOUND.getStatusCode(), "", "rapport.error.not.found");
        }
        if (e instanceof ForbiddenException) {
            return responses.message(FORBIDDEN.getStatusCode(), "", "rapport.error.forbidden");
        }
        if (e instanceof NotSignedInException) {
            return responses.message(UNAUTHORIZED.getStatusCode(), "", "rapport.error.not.signed.in");
        }
        if (e instanceof WebApplicationException web) {
            return responses.message(web.getResponse().getStatus(), "", "rapport.error.request");
        }
        LOG.error("Unexpected failure answering a REST request", e);
        return responses.message(INTERNAL_SERVER_ERROR.getStatusCode(), "", "rapport.error.unexpected");
    }
}
