package org.rapport.standalone.users;

import java.io.PrintStream;
import java.util.List;

/** The users a new host starts with: demo users for evaluation, or a lone admin. */
public final class DemoData {
    /** The demo group of mentoring coordinators (the plugin's default coordinator group). */
    public static final String COORDINATOR_GROUP = "rapport-coordinators";
    private DemoData() {
    }

    /**
     * The demo's org data, in the plugin's import format: alice manages bob and carol. The host
     * posts it to the plugin's REST API once the demo users exist (see {@link DemoOrgData}).
     */
    public static final String ORG_CSV = """
            username,manager,department
            alice,,Engineering
            bob,alice,Engineering
            carol,alice,Design
            dave,,Sales
            erin,dave,Sales
            """;

    /** The users a demo host starts with; their password is their name until someone changes it. */
    public static final List<String> DEMO_USERS = List.of("admin", "alice", "bob", "carol", "dave", "erin");

    /** The demo users who still sign in with their name as password (anyone who knows the demo knows them). */
    public static List<String> withDefaultPasswords(UserStore users) {
        return DEMO_USERS.stream().filter(name -> users.authenticate(name, name).isPresent()).toList();
    }

    /**
     * On an empty directory: with {@code demo}, {@code admin} and five colleagues whose password is
     * their username (alice manages bob and carol; erin is in {@value #COORDINATOR_GROUP}); without, only {@code admin} with a generated
     * password, printed once to {@code out}.
     *
     * @return whether the demo users were created just now (so the demo's plugin data is due too)
     */
    public static boolean seedIfEmpty(UserStore users, boolean demo, PrintStream out) {
        if (users.count() > 0) {
            return false;
        }
        if (!demo) {
            String password = Passwords.generate();
            users.add("admin", "Administrator", "admin@example.com", password, true, null);
            out.println("Created user 'admin' with password: " + password + "  (shown once; note it now)");
            return false;
        }
        users.add("admin", "Administrator", "admin@example.com", "admin", true, null);
        users.add("alice", "Alice Archer", "alice@example.com", "alice", false, null);
        users.add("bob", "Bob Baker", "bob@example.com", "bob", false, "alice");
        users.add("carol", "Carol Chen", "carol@example.com", "carol", false, "alice");
        users.add("dave", "Dave Diaz", "dave@example.com", "dave", false, null);
        users.add("erin", "Erin Evans", "erin@example.com", "erin", false, null);
        // The mentoring coordinator group's default name, so the Programme page can be tried as a non-admin.
        users.addToGroup(COORDINATOR_GROUP, "erin");
        out.println("Demo users: admin, alice, bob, carol, dave, erin (password = user name); erin coordinates mentoring.");
        return true;
    }
}
