package org.rapport.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * Who the caller is and what the host lets them do. Services call this again even when the REST
 * layer's access annotation already checked, so a servlet, panel or job is just as safe.
 */
@Named
public class Permissions {
    /** How many names of a group prefix search are read to find an exact match. */
    private static final int GROUP_LOOKUP = 20;
    private final UserManager users;

    @Inject
    public Permissions(@ComponentImport UserManager users) {
        this.users = users;
    }

    /** The signed-in caller of the current request. */
    public Actor requireSignedIn() {
        UserKey key = users.getRemoteUserKey();
        if (key == null) {
            throw new NotSignedInException();
        }
        return new Actor(key.getStringValue());
    }

    public boolean isAdmin(Actor actor) {
        return actor != null && users.isAdmin(new UserKey(actor.userKey()));
    }

    /** Whether the actor belongs to the host group (Jira/Confluence group names; "users" in the standalone host). */
    public boolean isInGroup(Actor actor, String group) {
        return actor != null && group != null && !group.isBlank() && users.isUserInGroup(new UserKey(actor.userKey()), group);
    }

    /**
     * Whether the host knows a group of this name (case-insensitive, as Jira's and Confluence's
     * group names are). SAL has no direct lookup; its prefix search is sorted by name, so an exact
     * match, being the shortest name with that prefix, is among the first few answers.
     */
    public boolean groupExists(String group) {
        if (group == null || group.isBlank()) {
            return false;
        }
        Iterable<String> names = users.findGroupNamesByPrefix(group, 0, GROUP_LOOKUP);
        if (names == null) {
            return false;
        }
        for (String name : names) {
            if (group.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** Throws unless the actor is a product administrator. */
    public void requireAdmin(Actor actor, String action) {
        if (actor == null) {
            throw new NotSignedInException();
        }
        if (!isAdmin(actor)) {
            throw new ForbiddenException(action);
        }
    }
}
