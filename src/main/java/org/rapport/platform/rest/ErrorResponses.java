package org.rapport.platform.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import org.rapport.platform.FieldError;

import javax.inject.Inject;
import javax.inject.Named;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.io.Serializable;
import java.util.List;

/** Builds the JSON error answers, with messages in the caller's language. */
@Named
public class ErrorResponses {
    private final I18nResolver i18n;

    @Inject
    public ErrorResponses(@ComponentImport I18nResolver i18n) {
        this.i18n = i18n;
    }

    public Response fields(Response.Status status, List<FieldError> errors) {
        return fields(status.getStatusCode(), errors);
    }

    public Response fields(int status, List<FieldError> errors) {
        List<ErrorJson.Item> items = errors.stream()
                .map(e -> new ErrorJson.Item(e.field(), i18n.getText(e.messageKey(), e.arguments().toArray(Serializable[]::new))))
                .toList();
        return json(status, new ErrorJson(items));
    }

    public Response message(int status, String field, String messageKey) {
        return json(status, ErrorJson.of(field, i18n.getText(messageKey)));
    }

    private static Response json(int status, ErrorJson body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
