package org.rapport.skills.rest;

import org.rapport.platform.rest.QueryParameters;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.platform.FieldError;
import org.rapport.platform.InvalidInputException;
import org.rapport.platform.Permissions;
import org.rapport.skills.SkillVocabulary;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.util.List;

/** {@code /rest/rapport/1.0/skills?query=}: existing skill tags for what someone is typing. */
@Path("skills")
@Produces(MediaType.APPLICATION_JSON)
public class SkillResource {
    private final SkillVocabulary skills;
    private final Permissions permissions;

    @Inject
    public SkillResource(SkillVocabulary skills, Permissions permissions) {
        this.skills = skills;
        this.permissions = permissions;
    }

    @GET
    @LicensedOnly
    public List<String> suggest(@QueryParam("query") String query, @QueryParam("limit") String limit) {
        permissions.requireSignedIn();
        if (query != null && query.length() > 100) {
            throw new InvalidInputException(FieldError.of("query", "rapport.error.too.long", 100));
        }
        int size = QueryParameters.size("limit", limit, SkillVocabulary.SUGGESTIONS_MAX, SkillVocabulary.SUGGESTIONS_MAX);
        return skills.suggest(query, size);
    }
}
