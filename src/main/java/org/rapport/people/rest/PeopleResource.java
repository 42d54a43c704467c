package org.rapport.people.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.PeopleQuery;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.util.List;

/** {@code /rest/rapport/1.0/people?query=TEXT&limit=N}: the people picker's search. */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {
    private final PeopleDirectory people;
    private final Permissions permissions;

    @Inject
    public PeopleResource(PeopleDirectory people, Permissions permissions) {
        this.people = people;
        this.permissions = permissions;
    }

    @GET
    @LicensedOnly
    public List<PersonJson> search(@QueryParam("query") String query, @QueryParam("limit") String limit) {
        return people.search(permissions.requireSignedIn(), PeopleQuery.of(query, limit)).stream().map(PersonJson::of).toList();
    }
}
