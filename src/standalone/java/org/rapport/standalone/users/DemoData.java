package org.rapport.standalone.users;

import java.io.PrintStream;

/** The users a new host starts with: demo users for evaluation, or a lone admin. */
public final class DemoData {
    private DemoData() {
    }

    /**
     * On an empty directory: with {@code demo}, {@code admin} and five colleagues whose password is
     * their username (alice manages bob and carol); without, only {@code admin} with a generated
     * password, printed once to {@code out}.
     */
    public static void seedIfEmpty(UserStore users, boolean demo, PrintStream out) {
        if (users.count() > 0) {
            return;
        }
        if (!demo) {
            String password = Passwords.generate();
            users.add("admin", "Administrator", "admin@example.com", password, true, null);
            out.println("Created user 'admin' with password: " + password + "  (shown once; note it now)");
            return;
        }
        users.add("admin", "Administrator", "admin@example.com", "admin", true, null);
        users.add("alice", "Alice Archer", "alice@example.com", "alice", false, null);
        users.add("bob", "Bob Baker", "bob@example.com", "bob", false, "alice");
        users.add("carol", "Carol Chen", "carol@example.com", "carol", false, "alice");
        users.add("dave", "Dave Diaz", "dave@example.com", "dave", false, null);
        users.add("erin", "Erin Evans", "erin@example.com", "erin", false, null);
        out.println("Demo users: admin, alice, bob, carol, dave, erin (password = user name).");
    }
}
