package org.rapport.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One HTTP answer: status, headers, and the body as text or as parsed JSON. */
public record HttpResult(int status, HttpHeaders headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body parsed as JSON; fails the test with the raw body when it is not JSON. */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Expected a JSON body but got (status " + status + "): " + abbreviated(), e);
        }
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public List<String> headers(String name) {
        return headers.allValues(name);
    }

    /** The {@code field} of every item of a {@code {"errors":[...]}} body, in order. */
    public List<String> errorFields() {
        List<String> fields = new ArrayList<>();
        errors().forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    /** The message given for one field of a {@code {"errors":[...]}} body. */
    public String errorMessage(String field) {
        for (JsonNode error : errors()) {
            if (field.equals(error.path("field").asText())) {
                return error.path("message").asText();
            }
        }
        throw new AssertionError("No error for field '" + field + "' in: " + abbreviated());
    }

    private JsonNode errors() {
        JsonNode errors = json().path("errors");
        if (!errors.isArray()) {
            throw new AssertionError("Expected {\"errors\":[...]} but got (status " + status + "): " + abbreviated());
        }
        return errors;
    }

    /** The body cut to a readable length, for failure messages. */
    public String abbreviated() {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "... (" + body.length() + " characters)";
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + abbreviated();
    }
}
