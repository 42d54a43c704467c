package org.rapport.recognition.web;

import org.rapport.people.Person;
import org.rapport.platform.web.WorkItemPanel;
import org.rapport.platform.web.PanelContext;
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
public class IssuePanel extends WorkItemPanel {
    static final int LATEST = 5;
    private static final int EXCERPT = 160;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final RecognitionService recognitions;
    private final CategoryService categories;
    private final PeopleDirectory people;
    private final ApplicationProperties application;

    @Inject
    public IssuePanel(PanelContext panels, RecognitionService recognitions, CategoryService categories, PeopleDirectory people,
                      @ComponentImport ApplicationProperties application) {
        super(panels);
        this.recognitions = recognitions;
        this.categories = categories;
        this.people = people;
        this.application = application;
    }

    @Override
    protected boolean fill(Map<String, Object> result, PanelContext.WorkItem issue, Actor viewer) {
        RecognitionLink link = issueLink(issue.key());
        if (link == null) {
            return false;
        }
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        RecognitionService.Linked linked = recognitions.linkedTo(viewer, link, LATEST);
        Map<Long, Category> byId = linked.latest().isEmpty()
                ? Map.of()
                : categories.allForDisplay().stream().collect(Collectors.toMap(Category::id, Function.identity()));
        result.put("issueKey", link.value());
        result.put("items", linked.latest().stream().map(r -> item(r, byId)).toList());
        int more = linked.total() - linked.latest().size();
        result.put("moreCount", more);
        result.put("moreThanCounted", linked.moreThanTotal());
        result.put("feedUrl", base + "/plugins/servlet/rapport/feed?link=" + encode(link.value()));
        Person assignee = issue.assigneeKey() == null ? null : people.byKeyOrFormer(issue.assigneeKey());
        boolean canThank = assignee != null && !assignee.key().equals(viewer.userKey());
        result.put("canThank", canThank);
        result.put("assigneeName", canThank ? assignee.displayName() : "");
        result.put("assigneeKey", canThank ? assignee.key() : "");
        result.put("assigneeUsername", canThank ? assignee.username() : "");
        result.put("restBase", base + "/rest/rapport/1.0");
        result.put("thankUrl", canThank
                ? base + "/plugins/servlet/rapport/recognise?to=" + encode(assignee.username()) + "&link=" + encode(link.value())
                : "");
        return true;
    }

    /** The issue's key as a recognition link; null for a key Rapport would not accept as one. */
    private static RecognitionLink issueLink(String issueKey) {
        try {
            RecognitionLink link = RecognitionLink.parse(issueKey);
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
