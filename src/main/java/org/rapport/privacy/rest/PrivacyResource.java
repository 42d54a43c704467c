package org.rapport.privacy.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import org.rapport.platform.Permissions;
import org.rapport.privacy.ErasureRequest;
import org.rapport.privacy.ErasureResult;
import org.rapport.privacy.PrivacyService;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/** {@code POST /rest/rapport/1.0/privacy/erase}: an admin erases what one person gave and received. */
@Path("privacy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrivacyResource {
    private final PrivacyService privacy;
    private final Permissions permissions;

    @Inject
    public PrivacyResource(PrivacyService privacy, Permissions permissions) {
        this.privacy = privacy;
        this.permissions = permissions;
    }

    @POST
    @Path("erase")
    @AdminOnly
    public ErasureResult erase(ErasureBody body) {
        return privacy.erase(permissions.requireSignedIn(),
                ErasureRequest.parse(body == null ? null : body.user(), body == null ? null : body.mode()));
    }
}
