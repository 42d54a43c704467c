package org.rapport.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import javax.inject.Inject;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;

import org.rapport.platform.FieldError;

import static javax.ws.rs.core.Response.Status.BAD_REQUEST;

/**
 * A body that is not the JSON a resource expects (malformed, wrong type, unknown field) is the
 * client's mistake: 400 naming the field Jackson stopped at, never a 500.
 */
@Provider
public class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {
    private final ErrorResponses responses;

    @Inject
    public JsonInputMapper(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return responses.fields(BAD_REQUEST, List.of(FieldError.of(unknown.getPropertyName(), "rapport.error.unknown.field")));
        }
        if (isSyntaxError(e)) {
            return responses.fields(BAD_REQUEST, List.of(FieldError.of("body", "rapport.error.malformed.json")));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return responses.fields(BAD_REQUEST, List.of(FieldError.of(field, "rapport.error.wrong.type")));
        }
        return responses.fields(BAD_REQUEST, List.of(FieldError.of("body", "rapport.error.malformed.json")));
    }

    /**
     * Jackson wraps a syntax error met inside a field's value (an unterminated string, a bad
     * escape, invalid UTF-8) in a mapping exception with that field's path: it is still a broken body.
     */
    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputCoercionException) {
                // A well-formed number too big for its field: the field has the wrong value, the body is fine.
                return false;
            }
            if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }
}
