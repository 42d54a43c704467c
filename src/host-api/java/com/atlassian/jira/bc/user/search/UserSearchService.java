package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;

import java.util.List;

/** Compile-time stand-in: Jira's user search, the member Rapport calls (Jira 7+). */
public interface UserSearchService {
    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);
}
