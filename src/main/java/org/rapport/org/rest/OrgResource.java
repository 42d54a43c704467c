package org.rapport.org.rest;

import org.rapport.platform.rest.QueryParameters;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.org.OrgService;
import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Actor;
import org.rapport.platform.FieldError;
import org.rapport.platform.ForbiddenException;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * {@code /rest/rapport/1.0/org}: each person's manager and department. Admins import CSV
 * ({@code text/csv} or {@code {"csv": "..."}}) and edit one person; signed-in users read.
 */
@Path("org")
@Produces(MediaType.APPLICATION_JSON)
public class OrgResource {
    /** Largest CSV body read, in bytes; the service refuses anything bigger. */
    private static final int BODY_MAX = 1024 * 1024;
    private final OrgService org;
    private final OrgViews views;
    private final PeopleDirectory people;
    private final Permissions permissions;

    @Inject
    public OrgResource(OrgService org, OrgViews views, PeopleDirectory people, Permissions permissions) {
        this.org = org;
        this.views = views;
        this.people = people;
        this.permissions = permissions;
    }

    /**
     * A CSV body. The products' REST layer lets non-JSON bodies through its XSRF check unless they
     * are form-like, and a cross-site form can post {@code text/plain} that looks like CSV, so a
     * CSV body needs {@code X-Atlassian-Token: no-check} here whatever the host checks.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @AdminOnly
    public ImportJson importCsv(@QueryParam("dryRun") String dryRun, @HeaderParam("X-Atlassian-Token") String token, InputStream body) {
        if (token == null || !(token.equalsIgnoreCase("no-check") || token.equalsIgnoreCase("nocheck"))) {
            throw new ForbiddenException("import CSV without X-Atlassian-Token: no-check");
        }
        return run(dryRun, readCsv(body));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public ImportJson importJson(@QueryParam("dryRun") String dryRun, ImportRequest body) {
        return run(dryRun, body == null ? null : body.csv());
    }

    @GET
    @Path("people/{userKey}")
    @LicensedOnly
    public OrgPersonJson person(@PathParam("userKey") String userKey) {
        return views.person(org.person(permissions.requireSignedIn(), userKey));
    }

    /** The same, found by username (for the admin page's edit form). */
    @GET
    @Path("people")
    @LicensedOnly
    public OrgPersonJson personByUsername(@QueryParam("username") String username) {
        Actor caller = permissions.requireSignedIn();
        String key = people.byUsername(username == null ? null : username.strip()).orElseThrow(() -> new NotFoundException("user")).key();
        return views.person(org.person(caller, key));
    }

    @PUT
    @Path("people/{userKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public OrgPersonJson edit(@PathParam("userKey") String userKey, PersonEditRequest body) {
        return views.person(org.edit(permissions.requireSignedIn(), userKey, PersonEditRequest.editOf(body)));
    }

    private ImportJson run(String dryRun, String csv) {
        Actor caller = permissions.requireSignedIn();
        boolean preview = dryRun == null || dryRun.isBlank() || QueryParameters.flag("dryRun", dryRun);
        return views.plan(preview ? org.preview(caller, csv) : org.importCsv(caller, csv), preview);
    }

    /** At most {@link #BODY_MAX} bytes of strict UTF-8; more, or broken UTF-8, is 400 on {@code csv}. */
    private static String readCsv(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(BODY_MAX + 1);
            if (bytes.length > BODY_MAX) {
                throw new InvalidInputException(FieldError.of("csv", "rapport.org.error.too.big", BODY_MAX / 1024));
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(FieldError.of("csv", "rapport.org.error.encoding"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
