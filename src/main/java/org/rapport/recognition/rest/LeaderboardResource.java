package org.rapport.recognition.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.rest.PersonJson;
import org.rapport.platform.Permissions;
import org.rapport.recognition.LeaderboardQuery;
import org.rapport.recognition.LeaderboardService;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.util.Locale;

/** {@code /rest/rapport/1.0/leaderboards?direction=received|given&period=week|month|quarter|year|all&categoryId=&limit=}. */
@Path("leaderboards")
@Produces(MediaType.APPLICATION_JSON)
public class LeaderboardResource {
    private final LeaderboardService leaderboards;
    private final PeopleDirectory people;
    private final Permissions permissions;

    @Inject
    public LeaderboardResource(LeaderboardService leaderboards, PeopleDirectory people, Permissions permissions) {
        this.leaderboards = leaderboards;
        this.people = people;
        this.permissions = permissions;
    }

    @GET
    @LicensedOnly
    public LeaderboardJson board(@QueryParam("direction") String direction, @QueryParam("period") String period,
                                 @QueryParam("categoryId") String categoryId, @QueryParam("limit") String limit) {
        LeaderboardQuery query = LeaderboardQuery.parse(direction, period, categoryId, limit);
        return new LeaderboardJson(query.direction().name().toLowerCase(Locale.ROOT), query.period().name().toLowerCase(Locale.ROOT),
                query.categoryId(),
                leaderboards.board(permissions.requireSignedIn(), query).stream()
                        .map(e -> new LeaderboardJson.Entry(e.rank(), PersonJson.of(people.byKeyOrFormer(e.personKey())), e.count()))
                        .toList());
    }

}
