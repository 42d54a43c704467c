package org.rapport.recognition.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.rapport.people.PeopleDirectory;
import org.rapport.people.rest.PersonJson;
import org.rapport.platform.Actor;
import org.rapport.recognition.FeedPage;
import org.rapport.recognition.Recognition;
import org.rapport.recognition.RecognitionLink;
import org.rapport.recognition.RecognitionService;
import org.rapport.recognition.category.Category;
import org.rapport.recognition.category.CategoryService;

import javax.inject.Inject;
import javax.inject.Named;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns recognitions into their JSON, resolving people and categories once per page (categories
 * in one SELECT, people through the host's user service).
 */
@Named
public class RecognitionViews {
    private final PeopleDirectory people;
    private final CategoryService categories;
    private final RecognitionService recognitions;
    private final ApplicationProperties application;

    @Inject
    public RecognitionViews(PeopleDirectory people, CategoryService categories, RecognitionService recognitions,
                            @ComponentImport ApplicationProperties application) {
        this.people = people;
        this.categories = categories;
        this.recognitions = recognitions;
        this.application = application;
    }

    public RecognitionJson one(Actor viewer, Recognition recognition) {
        return list(viewer, List.of(recognition)).get(0);
    }

    public FeedJson page(Actor viewer, FeedPage page) {
        return new FeedJson(list(viewer, page.items()), page.next() == null ? null : page.next().encode());
    }

    /** Several recognitions, in order, resolving categories once. */
    public List<RecognitionJson> list(Actor viewer, List<Recognition> items) {
        Map<Long, Category> byId = new HashMap<>();
        if (items.stream().anyMatch(r -> r.categoryId() > 0)) {
            categories.allForDisplay().forEach(c -> byId.put(c.id(), c));
        }
        Map<String, PersonJson> persons = new HashMap<>();
        return items.stream().map(r -> {
            Category category = byId.get(r.categoryId());
            Instant until = recognitions.editableUntil(viewer, r);
            return new RecognitionJson(r.id(),
                    person(r.giverKey(), persons),
                    r.recipientKeys().stream().map(k -> person(k, persons)).toList(),
                    category == null ? null : new RecognitionJson.CategoryRef(category.id(), category.name(),
                            category.icon().auiGlyph(), category.colour().hex(), category.milestone(), category.archived()),
                    r.message(),
                    link(r.link()),
                    r.visibility().name(),
                    r.createdAt().toString(),
                    r.updatedAt().toString(),
                    until == null ? null : until.toString(),
                    r.hidden());
        }).toList();
    }

    private PersonJson person(String key, Map<String, PersonJson> cache) {
        return cache.computeIfAbsent(key, k -> PersonJson.of(people.byKeyOrFormer(k)));
    }

    private RecognitionJson.LinkJson link(String stored) {
        if (stored == null) {
            return null;
        }
        RecognitionLink link = RecognitionLink.parse(stored);
        String url = link.kind() == RecognitionLink.Kind.ISSUE
                ? application.getBaseUrl(UrlMode.RELATIVE) + "/browse/" + link.value()
                : link.value();
        return new RecognitionJson.LinkJson(link.kind().name(), link.value(), url);
    }
}
