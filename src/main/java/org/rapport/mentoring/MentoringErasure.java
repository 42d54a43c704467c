package org.rapport.mentoring;

import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;
import org.rapport.platform.Transactions;

import javax.inject.Inject;
import javax.inject.Named;

/**
 * The mentoring room's part of privacy erasure, called by the privacy service; it re-checks that
 * the caller is an admin. A person's mentor and mentee profiles (bio, goals, skills, time zone)
 * describe that person alone, so both erasure modes delete them: an anonymous profile would help
 * nobody. One transaction; a re-run finds nothing and answers zero.
 */
@Named
public class MentoringErasure {
    private final MentoringStore store;
    private final Transactions transactions;
    private final Permissions permissions;

    @Inject
    public MentoringErasure(MentoringStore store, Transactions transactions, Permissions permissions) {
        this.store = store;
        this.transactions = transactions;
        this.permissions = permissions;
    }

    /** Removes the person's mentoring profiles; answers how many profiles were removed (0-2). */
    public int erase(Actor actor, String personKey) {
        permissions.requireAdmin(actor, "erase a person's mentoring profiles");
        return transactions.write(() -> store.deleteProfiles(personKey));
    }
}
