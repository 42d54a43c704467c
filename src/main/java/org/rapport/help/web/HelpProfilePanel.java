package org.rapport.help.web;

import org.rapport.platform.web.PersonPanel;
import org.rapport.platform.Actor;
import org.rapport.platform.web.PanelContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.rapport.help.HelpService;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.Person;

import javax.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Context for the help panel on a Jira user profile ({@code webpanels.user.profile.summary.custom}):
 * the person's confirmed help given and received (counts and skills are public) with their top
 * skills as a helper, and a link to their help ledger. Two SELECTs whatever the data size: the help
 * counters and the top skills.
 */
public class HelpProfilePanel extends PersonPanel {
    static final int TOP_SKILLS = 3;

    private final PeopleDirectory people;
    private final HelpService help;
    private final ApplicationProperties application;

    @Inject
    public HelpProfilePanel(PanelContext panels, PeopleDirectory people, HelpService help,
                            @ComponentImport ApplicationProperties application) {
        super(panels);
        this.people = people;
        this.help = help;
        this.application = application;
    }

    @Override
    protected void fill(Map<String, Object> result, String shownKey, Actor viewer) {
        Person person = people.byKeyOrFormer(shownKey);
        HelpService.PanelSummary summary = help.panelSummary(person.key(), TOP_SKILLS);
        result.put("helpGiven", summary.given());
        result.put("helpReceived", summary.received());
        result.put("helpTopSkills", summary.topSkills().stream()
                .map(s -> Map.<String, Object>of("name", s.skill(), "count", s.count())).toList());
        result.put("helpUrl", application.getBaseUrl(UrlMode.RELATIVE) + "/plugins/servlet/rapport/help?person="
                + URLEncoder.encode(person.username(), StandardCharsets.UTF_8));
    }
}
