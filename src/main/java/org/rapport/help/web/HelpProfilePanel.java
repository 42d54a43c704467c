package org.rapport.help.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.rapport.help.HelpService;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.Person;

import javax.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Context for the help panel on a Jira user profile ({@code webpanels.user.profile.summary.custom}):
 * the person's confirmed help given and received (counts and skills are public) with their top
 * skills as a helper, and a link to their help ledger. Two SELECTs whatever the data size: the help
 * counters and the top skills.
 */
public class HelpProfilePanel implements com.atlassian.plugin.web.ContextProvider {
    static final int TOP_SKILLS = 3;

    private final PeopleDirectory people;
    private final HelpService help;
    private final ApplicationProperties application;

    @Inject
    public HelpProfilePanel(PeopleDirectory people, HelpService help, @ComponentImport ApplicationProperties application) {
        this.people = people;
        this.help = help;
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
        Person person = people.toPerson(shown);
        HelpService.PanelSummary summary = help.panelSummary(person.key(), TOP_SKILLS);
        result.put("hasPerson", true);
        result.put("helpGiven", summary.given());
        result.put("helpReceived", summary.received());
        result.put("helpTopSkills", summary.topSkills().stream()
                .map(s -> Map.<String, Object>of("name", s.skill(), "count", s.count())).toList());
        result.put("helpUrl", application.getBaseUrl(UrlMode.RELATIVE) + "/plugins/servlet/rapport/help?person="
                + URLEncoder.encode(person.username(), StandardCharsets.UTF_8));
        return result;
    }
}
