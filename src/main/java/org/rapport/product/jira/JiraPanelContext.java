package org.rapport.product.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import org.rapport.platform.web.PanelContext;

import javax.inject.Named;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's web-panel contexts: the profile page passes {@code profileUser} and {@code currentUser},
 * the issue view {@code issue} and {@code user}, each an {@link ApplicationUser} or {@link Issue}
 * (platform-facts.md).
 */
@Named
public class JiraPanelContext implements PanelContext {
    @Override
    public Optional<String> viewerKey(Map<String, Object> context) {
        Object viewer = context.get("currentUser") instanceof ApplicationUser current ? current : context.get("user");
        return viewer instanceof ApplicationUser user ? Optional.ofNullable(user.getKey()) : Optional.empty();
    }

    @Override
    public Optional<String> shownPersonKey(Map<String, Object> context) {
        return context.get("profileUser") instanceof ApplicationUser shown ? Optional.ofNullable(shown.getKey()) : Optional.empty();
    }

    @Override
    public Optional<WorkItem> workItem(Map<String, Object> context) {
        if (!(context.get("issue") instanceof Issue issue) || issue.getKey() == null) {
            return Optional.empty();
        }
        ApplicationUser assignee = issue.getAssignee();
        return Optional.of(new WorkItem(issue.getKey(), assignee == null ? null : assignee.getKey()));
    }
}
