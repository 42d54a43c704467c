package org.rapport.help.web;

import org.rapport.product.jira.JiraPanelContext;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.help.HelpKindLabels;
import org.rapport.help.HelpPanelFixture;
import org.rapport.standalone.i18n.HostI18nResolver;
import org.rapport.standalone.velocity.HostTemplateRenderer;
import org.rapport.testing.SqlCounter;
import org.rapport.testing.TestDatabase;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The issue panel's context provider on a real database and its template through the host's
 * Velocity (escaping as in Jira 10): confirmed help on the issue, the prefilled "Log help on this
 * issue" action, user text escaped, and a fixed number of SELECTs.
 */
@Tag("database")
class HelpIssuePanelTest {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private HelpPanelFixture f;
    private HelpIssuePanel panel;

    @BeforeAll
    static void schema() {
        HelpPanelFixture.migrate(db);
    }

    @BeforeEach
    void setUp() {
        f = new HelpPanelFixture(db);
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        ClassLoader loader = HelpIssuePanelTest.class.getClassLoader();
        panel = new HelpIssuePanel(new JiraPanelContext(), f.service(), f.admin(), f.people(), new HelpKindLabels(new HostI18nResolver(loader, "i18n/rapport")), application);
    }

    @Test
    void panel_listsConfirmedHelpOnTheIssue_andOffersToLogHelpOnIt() {
        f.logConfirmed("carol-key", "bob-key", "Explained the deploy", "RAP-1", List.of("deploy"));
        f.logPending("carol-key", "dave-key", "Not yet confirmed", "RAP-1");
        f.logConfirmed("carol-key", "bob-key", "Other issue", "RAP-2", List.of());

        Map<String, Object> context = panel.getContextMap(context("RAP-1", "erin-key"));

        assertThat(context).containsEntry("hasIssue", true).containsEntry("issueKey", "RAP-1")
                .containsEntry("logUrl", "/jira/plugins/servlet/rapport/help?link=RAP-1");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) context.get("entries");
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("summary", "Explained the deploy").containsEntry("helper", "Carol")
                    .containsEntry("helped", "Bob").containsEntry("skills", "deploy").containsEntry("kind", "Unblocked me");
        });
    }

    @Test
    void panel_usesAFixedNumberOfStatements() {
        for (int i = 0; i < 30; i++) {
            f.logConfirmed("carol-key", "bob-key", "Help " + i, "RAP-1", List.of("skill-" + (i % 4)));
        }
        try (SqlCounter sql = db.countStatements()) {
            panel.getContextMap(context("RAP-1", "erin-key"));
            assertThat(sql.statements()).as("entries, their skills, kinds").hasSizeLessThanOrEqualTo(3);
        }
    }

    @Test
    void template_escapesUserText_andShowsTheAction() throws Exception {
        f.logConfirmed("carol-key", "bob-key", "<script>alert('x')</script> & \"more\"", "RAP-1", List.of());
        ClassLoader loader = HelpIssuePanelTest.class.getClassLoader();
        HostTemplateRenderer renderer = new HostTemplateRenderer(loader, Set.of(), new HostI18nResolver(loader, "i18n/rapport"));

        StringWriter html = new StringWriter();
        renderer.render("templates/panels/issue-help.vm", panel.getContextMap(context("RAP-1", "erin-key")), html);

        assertThat(html.toString())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .doesNotContain("<script>")
                .contains("href=\"/jira/plugins/servlet/rapport/help?link=RAP-1\"")
                .contains("Log help on this issue");
    }

    @Test
    void panel_withoutAnIssue_showsNothing() {
        assertThat(panel.getContextMap(new HashMap<>())).containsEntry("hasIssue", false);
    }

    private static Map<String, Object> context(String key, String viewer) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(viewer);
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("user", user);
        return context;
    }
}
