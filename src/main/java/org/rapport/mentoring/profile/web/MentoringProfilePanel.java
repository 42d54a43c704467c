package org.rapport.mentoring.profile.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.rapport.mentoring.profile.MentorProfile;
import org.rapport.mentoring.profile.MentoringStanding;
import org.rapport.mentoring.profile.MentoringStandings;
import org.rapport.platform.Actor;
import org.rapport.platform.web.PanelContext;
import org.rapport.platform.web.PersonPanel;

import javax.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Context for the mentoring panel on a Jira user profile ({@code webpanels.user.profile.summary.custom}):
 * the person's mentor role with availability ("Mentoring 2 of 3 — open", paused or full) and the
 * skills they offer, "Ask to be my mentor" where {@link MentoringStandings} allows it, and on one's
 * own profile that one looks for a mentor. The statement bound is {@link MentoringStandings}'s.
 */
public class MentoringProfilePanel extends PersonPanel {
    private final MentoringStandings standings;
    private final ApplicationProperties application;

    @Inject
    public MentoringProfilePanel(PanelContext panels, MentoringStandings standings, @ComponentImport ApplicationProperties application) {
        super(panels);
        this.standings = standings;
        this.application = application;
    }

    @Override
    protected void fill(Map<String, Object> result, String shownKey, Actor viewer) {
        MentoringStanding standing = standings.of(viewer, shownKey);
        String mentoringUrl = application.getBaseUrl(UrlMode.RELATIVE) + "/plugins/servlet/rapport/mentoring";
        result.put("isMentor", standing.mentor().isPresent());
        // "open", "paused" or "full": the template picks the matching i18n key.
        result.put("availability", standing.availability().map(a -> a.name().toLowerCase(Locale.ROOT)).orElse(""));
        result.put("activeMentees", String.valueOf(standing.activeMentees()));
        result.put("mentorCapacity", String.valueOf(standing.mentor().map(MentorProfile::capacity).orElse(0)));
        result.put("mentorSkills", standing.mentor().map(m -> m.skills().stream().map(Object::toString)
                .collect(Collectors.joining(", "))).orElse(""));
        result.put("isMentee", standing.mentee());
        result.put("canAsk", standing.viewerMayAsk());
        result.put("askUrl", mentoringUrl + "?ask=" + URLEncoder.encode(shownKey, StandardCharsets.UTF_8));
        result.put("mentoringUrl", mentoringUrl);
    }
}
