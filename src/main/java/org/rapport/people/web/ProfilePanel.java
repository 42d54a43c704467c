package org.rapport.people.web;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.Person;

import javax.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Context for the Rapport panel on a Jira user profile ({@code webpanels.user.profile.summary.custom}).
 * Jira passes {@code profileUser} and {@code currentUser}; the template gets plain values only.
 */
public class ProfilePanel implements com.atlassian.plugin.web.ContextProvider {
    private final PeopleDirectory people;
    private final ApplicationProperties application;

    @Inject
    public ProfilePanel(PeopleDirectory people, @ComponentImport ApplicationProperties application) {
        this.people = people;
        this.application = application;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters: the panel reads everything from the profile context.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>();
        Object profileUser = context.get("profileUser");
        Object currentUser = context.get("currentUser");
        if (!(profileUser instanceof ApplicationUser shown)) {
            result.put("hasPerson", false);
            return result;
        }
        Person person = people.toPerson(shown);
        boolean self = currentUser instanceof ApplicationUser viewer && viewer.getKey().equals(shown.getKey());
        result.put("hasPerson", true);
        result.put("personName", person.displayName());
        result.put("canRecognise", !self && currentUser != null);
        result.put("recogniseUrl", application.getBaseUrl(UrlMode.RELATIVE)
                + "/plugins/servlet/rapport/recognise?to=" + URLEncoder.encode(person.username(), StandardCharsets.UTF_8));
        return result;
    }
}
