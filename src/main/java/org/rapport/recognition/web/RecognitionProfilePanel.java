package org.rapport.recognition.web;

import org.rapport.platform.web.PersonPanel;
import org.rapport.platform.web.PanelContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.Person;
import org.rapport.platform.Actor;
import org.rapport.recognition.LeaderboardPeriod;
import org.rapport.recognition.LeaderboardService;
import org.rapport.recognition.Recognition;
import org.rapport.recognition.RecognitionService;
import org.rapport.recognition.Visibility;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.category.CategoryService;

import javax.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Context for the recognition panel on a Jira user profile ({@code webpanels.user.profile.summary.custom},
 * the first of Rapport's profile panels). Jira passes {@code profileUser} and {@code currentUser};
 * the template gets plain values only: the person, the "Recognise" action (not on one's own
 * profile), their counts this quarter and top categories, and the last recognitions they received
 * that the viewer may see. Three SELECTs whatever the data size: categories, recognition counters,
 * and the person's latest received recognitions (one join).
 */
public class RecognitionProfilePanel extends PersonPanel {
    static final int RECENT = 5;
    static final int TOP_CATEGORIES = 3;
    private static final int EXCERPT = 160;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final PeopleDirectory people;
    private final RecognitionService recognitions;
    private final LeaderboardService leaderboards;
    private final CategoryService categories;
    private final ApplicationProperties application;

    @Inject
    public RecognitionProfilePanel(PanelContext panels, PeopleDirectory people, RecognitionService recognitions,
                                   LeaderboardService leaderboards, CategoryService categories,
                                   @ComponentImport ApplicationProperties application) {
        super(panels);
        this.people = people;
        this.recognitions = recognitions;
        this.leaderboards = leaderboards;
        this.categories = categories;
        this.application = application;
    }

    @Override
    protected void fill(Map<String, Object> result, String shownKey, Actor viewer) {
        Person person = people.byKeyOrFormer(shownKey);
        boolean self = viewer != null && viewer.userKey().equals(shownKey);
        String base = application.getBaseUrl(UrlMode.RELATIVE);
        result.put("personName", person.displayName());
        result.put("personKey", person.key());
        result.put("personUsername", person.username());
        result.put("canRecognise", !self && viewer != null);
        result.put("restBase", base + "/rest/rapport/1.0");
        result.put("recogniseUrl", base + "/plugins/servlet/rapport/recognise?to=" + URLEncoder.encode(person.username(), StandardCharsets.UTF_8));
        result.put("feedUrl", base + "/plugins/servlet/rapport/feed");
        Map<Long, Category> byId = categories.allForDisplay().stream().collect(Collectors.toMap(Category::id, Function.identity()));
        LeaderboardService.Summary quarter = leaderboards.summary(person.key(), LeaderboardPeriod.QUARTER, List.copyOf(byId.keySet()), TOP_CATEGORIES);
        result.put("receivedThisQuarter", quarter.received());
        result.put("givenThisQuarter", quarter.given());
        result.put("topCategories", quarter.topCategories().stream()
                .map(c -> Map.<String, Object>of("name", byId.get(c.categoryId()).name(), "hex", byId.get(c.categoryId()).colour().hex(),
                        "count", c.count()))
                .toList());
        result.put("recent", viewer != null ? recent(viewer, person, byId) : List.of());
    }

    /** The last recognitions the person received that the viewer may see, as plain values. */
    private List<Map<String, Object>> recent(Actor viewer, Person person, Map<Long, Category> byId) {
        List<Recognition> items = recognitions.latestReceived(viewer, person.key(), RECENT);
        return items.stream().map(r -> {
            Category category = byId.get(r.categoryId());
            String giver = people.byKeyOrFormer(r.giverKey()).displayName();
            String message = r.message().codePointCount(0, r.message().length()) > EXCERPT
                    ? r.message().substring(0, r.message().offsetByCodePoints(0, EXCERPT)) + "\u2026"
                    : r.message();
            return Map.<String, Object>of(
                    "giver", giver,
                    "category", category == null ? "" : category.name(),
                    "hex", category == null ? "#42526E" : category.colour().hex(),
                    "message", message,
                    "date", DAY.format(r.createdAt()),
                    "private", r.visibility() == Visibility.PRIVATE);
        }).toList();
    }
}
