package org.rapport.recognition.moderation.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.recognition.moderation.ModerationReason;
import org.rapport.recognition.moderation.ModerationService;
import org.rapport.recognition.moderation.Report;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.net.URI;

/** {@code POST /rest/rapport/1.0/recognitions/{id}/reports}: anyone who may see a recognition reports it. */
@Path("recognitions/{id:[0-9]{1,18}}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {
    private final ModerationService moderation;
    private final Permissions permissions;

    @Inject
    public ReportResource(ModerationService moderation, Permissions permissions) {
        this.moderation = moderation;
        this.permissions = permissions;
    }

    @POST
    @LicensedOnly
    public Response report(@PathParam("id") long id, ReasonRequest body) {
        Actor caller = permissions.requireSignedIn();
        Report report = moderation.report(caller, id, ModerationReason.required(body == null ? null : body.reason()));
        ModerationJson.Report json = new ModerationJson.Report(report.id(), report.recognitionId(), null, report.reason(),
                report.createdAt().toString(), report.state().name());
        return Response.created(URI.create("recognitions/" + id + "/reports/" + report.id())).entity(json).build();
    }
}
