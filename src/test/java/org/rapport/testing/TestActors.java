package org.rapport.testing;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The people service tests act as. The host's user directory is the edge Rapport does not own, so
 * it is a Mockito stand-in: {@link #ADMIN} is a product administrator, {@link #MEMBER} is not.
 */
public final class TestActors {
    public static final Actor ADMIN = new Actor("admin-key");
    public static final Actor MEMBER = new Actor("member-key");

    private TestActors() {
    }

    /** Real {@link Permissions} over a SAL {@code UserManager} that knows {@link #ADMIN} as admin. */
    public static Permissions permissions() {
        UserManager users = mock(UserManager.class);
        when(users.isAdmin(new UserKey(ADMIN.userKey()))).thenReturn(true);
        return new Permissions(users);
    }
}
