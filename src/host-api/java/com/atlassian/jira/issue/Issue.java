package com.atlassian.jira.issue;

import com.atlassian.jira.user.ApplicationUser;

/** Compile-time stand-in: the members Rapport calls on Jira's issue (platform-facts.md). */
public interface Issue {
    String getKey();

    Long getId();

    ApplicationUser getAssignee();

    String getSummary();

    ApplicationUser getReporter();
}
