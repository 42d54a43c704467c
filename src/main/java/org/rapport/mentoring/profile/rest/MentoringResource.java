package org.rapport.mentoring.profile.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import org.rapport.mentoring.profile.MentorSuggestions;
import org.rapport.mentoring.profile.MentoringProfileService;
import org.rapport.platform.Actor;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

/**
 * {@code /rest/rapport/1.0/mentoring}: the caller's own mentor and mentee profiles, anyone's public
 * mentor profile, and mentor suggestions for the caller.
 */
@Path("mentoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MentoringResource {
    private final MentoringProfileService profiles;
    private final MentorSuggestions suggestions;
    private final MentoringViews views;
    private final Permissions permissions;

    @Inject
    public MentoringResource(MentoringProfileService profiles, MentorSuggestions suggestions, MentoringViews views,
                             Permissions permissions) {
        this.profiles = profiles;
        this.suggestions = suggestions;
        this.views = views;
        this.permissions = permissions;
    }

    @GET
    @Path("profile/mentor")
    @LicensedOnly
    public MentoringJson.Mentor ownMentorProfile() {
        Actor caller = permissions.requireSignedIn();
        return views.mentor(profiles.mentorProfile(caller, caller.userKey()).orElseThrow(() -> new NotFoundException("mentor profile")));
    }

    @PUT
    @Path("profile/mentor")
    @LicensedOnly
    public MentoringJson.Mentor saveMentorProfile(MentorRequest body) {
        Actor caller = permissions.requireSignedIn();
        return views.mentor(profiles.saveMentorProfile(caller, caller.userKey(), MentorRequest.draftOf(body)));
    }

    @GET
    @Path("profile/mentee")
    @LicensedOnly
    public MentoringJson.Mentee ownMenteeProfile() {
        Actor caller = permissions.requireSignedIn();
        return views.mentee(profiles.menteeProfile(caller, caller.userKey()).orElseThrow(() -> new NotFoundException("mentee profile")));
    }

    @PUT
    @Path("profile/mentee")
    @LicensedOnly
    public MentoringJson.Mentee saveMenteeProfile(MenteeRequest body) {
        Actor caller = permissions.requireSignedIn();
        return views.mentee(profiles.saveMenteeProfile(caller, caller.userKey(), MenteeRequest.draftOf(body)));
    }

    @GET
    @Path("mentors/{userKey}")
    @LicensedOnly
    public MentoringJson.Mentor mentorProfile(@PathParam("userKey") String userKey) {
        Actor caller = permissions.requireSignedIn();
        return views.mentor(profiles.mentorProfile(caller, userKey).orElseThrow(() -> new NotFoundException("mentor profile")));
    }

    @GET
    @Path("suggestions")
    @LicensedOnly
    public MentoringJson.Suggestions suggestions() {
        return views.suggestions(suggestions.forMentee(permissions.requireSignedIn()));
    }
}
