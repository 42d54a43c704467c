package com.atlassian.jira.user;

/** Compile-time stand-in: the members Rapport calls on Jira's user. */
public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getName();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();
}
