package org.rapport.standalone.users;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.rapport.standalone.web.RequestContext;

import javax.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** SAL's UserManager over the host's user table; the remote user is the request's signed-in user. */
public final class HostUserManager implements UserManager {
    private final UserStore users;
    private final String contextPath;

    public HostUserManager(UserStore users, String contextPath) {
        this.users = users;
        this.contextPath = contextPath;
    }

    @Override
    public UserProfile getRemoteUser() {
        return RequestContext.currentUser().map(this::profile).orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        return RequestContext.currentUser().map(u -> new UserKey(u.key())).orElse(null);
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        return getRemoteUser();
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        return getRemoteUserKey();
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : users.byKey(userKey.getStringValue()).map(this::profile).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return username == null ? null : users.byUsername(username).map(this::profile).orElse(null);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        if (userKey == null || group == null) {
            return false;
        }
        return users.byKey(userKey.getStringValue())
                .map(u -> group.equals("users") || (u.admin() && group.equals("administrators")) || inHostGroup(group, u.key()))
                .orElse(false);
    }

    /** The signed-in user's groups were read with their session (one statement less per page); anybody else's are asked. */
    private boolean inHostGroup(String group, String userKey) {
        return RequestContext.current()
                .filter(c -> c.user().map(u -> u.key().equals(userKey)).orElse(false))
                .flatMap(RequestContext::userGroups)
                .map(groups -> groups.contains(group))
                .orElseGet(() -> users.inGroup(group, userKey));
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && users.byKey(userKey.getStringValue()).map(HostUser::admin).orElse(false);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }

    @Override
    public boolean isLicensed(UserKey userKey) {
        return userKey != null && users.byKey(userKey.getStringValue()).map(HostUser::active).orElse(false);
    }

    /** "users", "administrators" and the groups of the host's group table, by name, as Crowd's group search answers. */
    @Override
    public Iterable<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults) {
        if (prefix == null || startIndex < 0 || maxResults <= 0) {
            return List.of();
        }
        String lower = prefix.toLowerCase(Locale.ROOT);
        TreeSet<String> names = new TreeSet<>();
        for (String builtIn : List.of("administrators", "users")) {
            if (builtIn.startsWith(lower)) {
                names.add(builtIn);
            }
        }
        names.addAll(users.groupNamesStartingWith(prefix, 0, startIndex + maxResults));
        return names.stream().skip(startIndex).limit(maxResults).toList();
    }

    @Override
    public Iterable<UserProfile> findUserProfilesByEmail(String email) {
        return email == null ? List.of() : users.byEmail(email).stream().map(this::profile).toList();
    }

    /** The SAL profile of a host user. */
    public UserProfile profile(HostUser user) {
        return new Profile(user, contextPath);
    }

    private record Profile(HostUser user, String contextPath) implements UserProfile {
        @Override
        public UserKey getUserKey() {
            return new UserKey(user.key());
        }

        @Override
        public String getUsername() {
            return user.username();
        }

        @Override
        public String getFullName() {
            return user.displayName();
        }

        @Override
        public String getEmail() {
            return user.email();
        }

        @Override
        public URI getProfilePictureUri(int width, int height) {
            return getProfilePictureUri();
        }

        @Override
        public URI getProfilePictureUri() {
            return URI.create(contextPath + "/avatar/" + encode(user.username()) + ".svg");
        }

        @Override
        public URI getProfilePageUri() {
            return URI.create(contextPath + "/secure/ViewProfile.jspa?name=" + encode(user.username()));
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /** Jira's ApplicationUser view of a host user, for web-panel contexts and user search. */
    public static com.atlassian.jira.user.ApplicationUser applicationUser(HostUser user) {
        return new JiraUser(user);
    }

    private record JiraUser(HostUser user) implements com.atlassian.jira.user.ApplicationUser {
        @Override
        public String getKey() {
            return user.key();
        }

        @Override
        public String getUsername() {
            return user.username();
        }

        @Override
        public String getName() {
            return user.username();
        }

        @Override
        public String getDisplayName() {
            return user.displayName();
        }

        @Override
        public String getEmailAddress() {
            return user.email();
        }

        @Override
        public boolean isActive() {
            return user.active();
        }
    }

    /** Jira's user search over the host directory. */
    public com.atlassian.jira.bc.user.search.UserSearchService search() {
        return (query, params) -> {
            int limit = params.getMaxResults() == null ? 50 : params.getMaxResults();
            if (query == null || query.isBlank()) {
                return List.of();
            }
            return users.search(query.strip(), limit).stream()
                    .filter(u -> u.active() ? params.includeActive() : params.includeInactive())
                    .map(HostUserManager::applicationUser)
                    .toList();
        };
    }
}
