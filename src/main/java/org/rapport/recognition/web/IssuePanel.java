package org.rapport.recognition.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Actor;
import org.rapport.platform.InvalidInputException;
import org.rapport.recognition.Recognition;
import org.rapport.recognition.RecognitionLink;
import org.rapport.recognition.RecognitionService;
import org.rapport.recognition.Visibility;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.category.CategoryService;

import javax.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Context for the recognition panel on Jira's issue view ({@code atl.jira.view.issue.right.context}).
 * Jira passes {@code issue} (the issue), {@code project} and {@code user} (the viewer). The template
 * gets plain values only: the latest recognitions linked to the issue that the viewer may see, how
 * many more there are (with a link to the feed filtered by the issue), and a "Thank the assignee"
 * action unless the issue has no assignee or the viewer is the assignee. Four SELECTs whatever the
 * data size: three for the recognitions ({@link RecognitionService#linkedTo}) and the categories.
 */
public class IssuePanel implements com.atlassian.plugin.web.ContextProvider {
    static final int LATEST = 5;
    private static final int EXCERPT = 160;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final RecognitionService recognitions;
    private final CategoryService categories;
    private final PeopleDirectory people;
    private final ApplicationProperties application;

    @Inject
    public IssuePanel(RecognitionService recognitions, CategoryService categories, PeopleDirectory people,
                      @ComponentImport ApplicationProperties application) {
        this.recognitions = recognitions;
        this.categories = categories;
        this.people = people;
        this.application = application;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        // No parameters: the panel reads everything from the issue view's context.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>();
        RecognitionLink link = context.get("issue") instanceof Issue issue ? issueLink(issue) : null;
        if (link == null || !(context.get("user") instanceof ApplicationUser viewer)) {
            result.put("hasIssue", false);
            return result;
        }
        Issue issue = (Issue) context.get("issue");
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        RecognitionService.Linked linked = recognitions.linkedTo(new Actor(viewer.getKey()), link, LATEST);
        Map<Long, Category> byId = linked.latest().isEmpty()
                ? Map.of()
                : categories.allForDisplay().stream().collect(Collectors.toMap(Category::id, Function.identity()));
        result.put("hasIssue", true);
        result.put("issueKey", link.value());
        result.put("items", linked.latest().stream().map(r -> item(r, byId)).toList());
        int more = linked.total() - linked.latest().size();
        result.put("moreCount", more);
        result.put("moreThanCounted", linked.moreThanTotal());
        result.put("feedUrl", base + "/plugins/servlet/rapport/feed?link=" + encode(link.value()));
        ApplicationUser assignee = issue.getAssignee();
        boolean canThank = assignee != null && !assignee.getKey().equals(viewer.getKey());
        result.put("canThank", canThank);
        result.put("assigneeName", canThank ? assignee.getDisplayName() : "");
        result.put("assigneeKey", canThank ? assignee.getKey() : "");
        result.put("assigneeUsername", canThank ? assignee.getUsername() : "");
        result.put("restBase", base + "/rest/rapport/1.0");
        result.put("thankUrl", canThank
                ? base + "/plugins/servlet/rapport/recognise?to=" + encode(assignee.getUsername()) + "&link=" + encode(link.value())
                : "");
        return result;
    }

    /** The issue's key as a recognition link; null for a key Rapport would not accept as one. */
    private static RecognitionLink issueLink(Issue issue) {
        try {
            RecognitionLink link = RecognitionLink.parse(issue.getKey());
            return link != null && link.kind() == RecognitionLink.Kind.ISSUE ? link : null;
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private Map<String, Object> item(Recognition r, Map<Long, Category> byId) {
        Category category = byId.get(r.categoryId());
        String message = r.message().codePointCount(0, r.message().length()) > EXCERPT
                ? r.message().substring(0, r.message().offsetByCodePoints(0, EXCERPT)) + "\u2026"
                : r.message();
        return Map.of(
                "giver", people.byKeyOrFormer(r.giverKey()).displayName(),
                "recipients", r.recipientKeys().stream().map(k -> people.byKeyOrFormer(k).displayName()).collect(Collectors.joining(", ")),
                "category", category == null ? "" : category.name(),
                "hex", category == null ? "#42526E" : category.colour().hex(),
                "message", message,
                "date", DAY.format(r.createdAt()),
                "private", r.visibility() == Visibility.PRIVATE);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
