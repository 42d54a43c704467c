package org.rapport.mentoring.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.rapport.mentoring.MentorProfile;
import org.rapport.mentoring.MentoringStanding;
import org.rapport.mentoring.MentoringStandings;
import org.rapport.platform.Actor;

import javax.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Context for the mentoring panel on a Jira user profile ({@code webpanels.user.profile.summary.custom}):
 * the person's mentor role with availability ("Mentoring 2 of 3 — open", paused or full) and the
 * skills they offer, "Ask to be my mentor" where {@link MentoringStandings} allows it, and on one's
 * own profile that one looks for a mentor. The statement bound is {@link MentoringStandings}'s.
 */
public class MentoringProfilePanel implements com.atlassian.plugin.web.ContextProvider {
    private final MentoringStandings standings;
    private final ApplicationProperties application;

    @Inject
    public MentoringProfilePanel(MentoringStandings standings, @ComponentImport ApplicationProperties application) {
        this.standings = standings;
        this.application = application;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters: the panel reads everything from the profile context.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>();
        if (!(context.get("profileUser") instanceof ApplicationUser shown)) {
            result.put("hasPerson", false);
            return result;
        }
        Actor viewer = context.get("currentUser") instanceof ApplicationUser current ? new Actor(current.getKey()) : null;
        MentoringStanding standing = standings.of(viewer, shown.getKey());
        String mentoringUrl = application.getBaseUrl(UrlMode.RELATIVE) + "/plugins/servlet/rapport/mentoring";
        result.put("hasPerson", true);
        result.put("isMentor", standing.mentor().isPresent());
        // "open", "paused" or "full": the template picks the matching i18n key.
        result.put("availability", standing.availability().map(a -> a.name().toLowerCase(Locale.ROOT)).orElse(""));
        result.put("activeMentees", String.valueOf(standing.activeMentees()));
        result.put("mentorCapacity", String.valueOf(standing.mentor().map(MentorProfile::capacity).orElse(0)));
        result.put("mentorSkills", standing.mentor().map(m -> m.skills().stream().map(Object::toString)
                .collect(Collectors.joining(", "))).orElse(""));
        result.put("isMentee", standing.mentee());
        result.put("canAsk", standing.viewerMayAsk());
        result.put("askUrl", mentoringUrl + "?ask=" + URLEncoder.encode(shown.getKey(), StandardCharsets.UTF_8));
        result.put("mentoringUrl", mentoringUrl);
        return result;
    }
}
