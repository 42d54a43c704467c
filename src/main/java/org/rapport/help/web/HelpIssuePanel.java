package org.rapport.help.web;

import org.rapport.platform.web.WorkItemPanel;
import org.rapport.platform.web.PanelContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.rapport.help.HelpAdminService;
import org.rapport.help.HelpEntry;
import org.rapport.help.HelpKind;
import org.rapport.help.HelpKindLabels;
import org.rapport.help.HelpService;
import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Actor;

import javax.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Context for the help panel on a Jira issue ({@code atl.jira.view.issue.right.context}): the
 * confirmed help logged against the issue and "Log help on this issue" prefilled with its key.
 * Jira passes {@code issue} and {@code user}; the template gets plain values only. Three SELECTs:
 * the entries, their skills and the kinds.
 */
public class HelpIssuePanel extends WorkItemPanel {
    private final HelpService help;
    private final HelpAdminService admin;
    private final PeopleDirectory people;
    private final HelpKindLabels labels;
    private final ApplicationProperties application;

    @Inject
    public HelpIssuePanel(PanelContext panels, HelpService help, HelpAdminService admin, PeopleDirectory people,
                          HelpKindLabels labels, @ComponentImport ApplicationProperties application) {
        super(panels);
        this.labels = labels;
        this.help = help;
        this.admin = admin;
        this.people = people;
        this.application = application;
    }

    @Override
    protected boolean fill(Map<String, Object> result, PanelContext.WorkItem issue, Actor viewer) {
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        List<HelpEntry> entries = help.forIssue(viewer, issue.key());
        Map<Long, HelpKind> kinds = entries.isEmpty() ? Map.of()
                : admin.allKinds().stream().collect(Collectors.toMap(HelpKind::id, Function.identity()));
        result.put("issueKey", issue.key());
        result.put("logUrl", base + "/plugins/servlet/rapport/help?link=" + URLEncoder.encode(issue.key(), StandardCharsets.UTF_8));
        result.put("entries", entries.stream().map(e -> Map.<String, Object>of(
                "helper", people.byKeyOrFormer(e.helperKey()).displayName(),
                "helped", people.byKeyOrFormer(e.helpedKey()).displayName(),
                "summary", e.summary(),
                "kind", kinds.containsKey(e.kindId()) ? labels.label(kinds.get(e.kindId())) : "",
                "skills", String.join(", ", e.skills().stream().map(Object::toString).toList()),
                "date", e.helpedOn().toString())).toList());
        return true;
    }
}
