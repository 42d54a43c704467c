package org.rapport.mentoring.programme.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.mentoring.programme.MatchChoice;
import org.rapport.mentoring.programme.MentoringProgramme;
import org.rapport.mentoring.programme.PairingCsv;
import org.rapport.mentoring.programme.PairingPageRequest;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /rest/rapport/1.0/mentoring/programme}: the coordinator's view (admins and the configured
 * coordinator group; 403 for others, checked again by {@link MentoringProgramme}).
 */
@Path("mentoring/programme")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {
    private final MentoringProgramme programme;
    private final ProgrammeViews views;
    private final Permissions permissions;

    @Inject
    public ProgrammeResource(MentoringProgramme programme, ProgrammeViews views, Permissions permissions) {
        this.programme = programme;
        this.views = views;
        this.permissions = permissions;
    }

    @GET
    @Path("pairings")
    @LicensedOnly
    public ProgrammeJson.PairingPage pairings(@QueryParam("status") String status, @QueryParam("cursor") String cursor,
                                              @QueryParam("limit") String limit) {
        return views.pairings(programme.pairings(permissions.requireSignedIn(), PairingPageRequest.parse(status, cursor, limit)));
    }

    @GET
    @Path("health")
    @LicensedOnly
    public ProgrammeJson.Health health() {
        return views.health(programme.health(permissions.requireSignedIn()));
    }

    /** Every pairing as CSV, streamed: the permission check happens before the first byte. */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @LicensedOnly
    public Response export() {
        PairingCsv csv = programme.export(permissions.requireSignedIn());
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            csv.writeTo(writer);
            writer.flush();
        };
        return Response.ok(body, "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rapport-pairings.csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("match/preview")
    @LicensedOnly
    public ProgrammeJson.Preview preview() {
        return views.preview(programme.preview(permissions.requireSignedIn()));
    }

    @POST
    @Path("match/commit")
    @LicensedOnly
    public ProgrammeJson.CommitResult commit(ProgrammeJson.CommitRequest body) {
        List<MatchChoice.Pair> pairs = body == null || body.pairs() == null ? null
                : body.pairs().stream().map(p -> p == null ? null : new MatchChoice.Pair(p.menteeKey(), p.mentorKey())).toList();
        return views.commit(programme.commit(permissions.requireSignedIn(), new MatchChoice(pairs)));
    }
}
