package com.atlassian.jira.project;

/** Compile-time stand-in: the members Rapport may call on Jira's project ({@code "project"} in the issue view's context). */
public interface Project {
    String getKey();

    String getName();

    Long getId();
}
