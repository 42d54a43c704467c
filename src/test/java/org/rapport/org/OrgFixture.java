package org.rapport.org;

import org.rapport.people.PeopleSearch;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import net.java.ao.Query;
import org.rapport.org.ao.OrgPersonEntity;
import org.rapport.people.PeopleDirectory;
import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.platform.Transactions;
import org.rapport.standalone.ao.HostActiveObjects;
import org.rapport.testing.TestDatabase;

import java.util.Map;
import java.util.TreeMap;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The org room as the plugin wires it over a real test database; the host's users are a SAL
 * {@code UserManager} mock knowing {@code admin} (an administrator) and the people named here,
 * whose user key is {@code NAME-key}.
 */
public final class OrgFixture {
    static final Actor ADMIN = new Actor("admin-key");
    static final Actor ALICE = new Actor("alice-key");
    static final String[] PEOPLE = {"admin", "alice", "bob", "carol", "dave", "erin", "frank"};

    public final HostActiveObjects ao;
    public final OrgStore store;
    public final OrgChart chart;
    public final OrgService service;
    public final UserManager users;
    public final Permissions permissions;
    public final PeopleDirectory people;

    public OrgFixture(TestDatabase db) {
        ao = db.activeObjects();
        users = mock(UserManager.class);
        for (String name : PEOPLE) {
            UserProfile profile = mock(UserProfile.class);
            when(profile.getUserKey()).thenReturn(new UserKey(name + "-key"));
            when(profile.getUsername()).thenReturn(name);
            when(profile.getFullName()).thenReturn(name);
            when(users.getUserProfile(new UserKey(name + "-key"))).thenReturn(profile);
            when(users.getUserProfile(name)).thenReturn(profile);
        }
        when(users.isAdmin(new UserKey("admin-key"))).thenReturn(true);
        permissions = new Permissions(users);
        people = new PeopleDirectory(users, mock(PeopleSearch.class));
        store = new OrgStore(ao);
        chart = new OrgChart(store);
        service = new OrgService(store, people, new Transactions(ao), permissions);
    }

    public static void migrate(TestDatabase db) {
        db.migrate(OrgPersonEntity.class);
    }

    static String key(String name) {
        return name + "-key";
    }

    /** Every stored row as "user -> manager|department", read past the services. */
    Map<String, String> rows() {
        Map<String, String> rows = new TreeMap<>();
        for (OrgPersonEntity e : ao.find(OrgPersonEntity.class, Query.select(OrgPersonEntity.ALL_COLUMNS))) {
            rows.put(e.getUserKey(), e.getManagerKey() + "|" + e.getDepartment());
        }
        return rows;
    }
}
