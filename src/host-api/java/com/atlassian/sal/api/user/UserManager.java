package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/** Compile-time stand-in (SAL 5/6): the methods Rapport calls. All results may be null. */
public interface UserManager {
    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(UserKey userKey);

    UserProfile getUserProfile(String username);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);

    boolean isLicensed(UserKey userKey);

    Iterable<UserProfile> findUserProfilesByEmail(String email);
    Iterable<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults);
}
