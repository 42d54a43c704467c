package org.rapport.testing;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;

import java.util.List;
import java.util.Locale;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The people service tests act as. The host's user directory is the edge Rapport does not own, so
 * it is a Mockito stand-in: {@link #ADMIN} is a product administrator, {@link #MEMBER} is not, and
 * the host knows the groups {@link #GROUPS}.
 */
public final class TestActors {
    public static final Actor ADMIN = new Actor("admin-key");
    public static final Actor MEMBER = new Actor("member-key");
    /** The groups the stand-in directory knows, in name order. */
    public static final List<String> GROUPS = List.of("mentor-leads", "rapport-coordinators");

    private TestActors() {
    }

    /** Real {@link Permissions} over a SAL {@code UserManager} that knows {@link #ADMIN} as admin. */
    public static Permissions permissions() {
        UserManager users = mock(UserManager.class);
        when(users.isAdmin(new UserKey(ADMIN.userKey()))).thenReturn(true);
        when(users.findGroupNamesByPrefix(anyString(), anyInt(), anyInt())).thenAnswer(i -> GROUPS.stream()
                .filter(g -> g.startsWith(((String) i.getArgument(0)).toLowerCase(Locale.ROOT)))
                .skip((int) i.getArgument(1)).limit((int) i.getArgument(2)).toList());
        return new Permissions(users);
    }
}
