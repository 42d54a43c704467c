package org.rapport.product.jira;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import org.rapport.people.PeopleSearch;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.List;

/**
 * The picker search through Jira's UserSearchService, which matches the start of the username and
 * of each word of the display name; active users only.
 */
@Named
public class JiraPeopleSearch implements PeopleSearch {
    private final UserSearchService search;

    @Inject
    public JiraPeopleSearch(@ComponentImport UserSearchService search) {
        this.search = search;
    }

    @Override
    public List<String> activeUserKeys(String text, int limit) {
        UserSearchParams params = UserSearchParams.builder()
                .includeActive(true)
                .includeInactive(false)
                .maxResults(limit)
                .build();
        return search.findUsers(text, params).stream().limit(limit).map(ApplicationUser::getKey).toList();
    }
}
