package com.atlassian.jira.issue;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-time stand-in: the members Rapport calls on Jira's issue (the {@code "issue"} entry of
 * the issue view's web-panel context). The plugin only calls it, so declaring these is enough.
 */
public interface Issue {
    String getKey();

    Long getId();

    ApplicationUser getAssignee();

    String getSummary();

    ApplicationUser getReporter();
}
