package org.rapport.admin;

import org.rapport.platform.Actor;
import org.rapport.platform.Constraints;
import org.rapport.platform.Permissions;
import org.rapport.platform.Transactions;

import javax.inject.Inject;
import javax.inject.Named;

/** Reading the recognition rules (anyone signed in) and changing them (admins, checked here). */
@Named
public class SettingsService {
    private final SettingsStore store;
    private final Transactions transactions;
    private final Permissions permissions;

    @Inject
    public SettingsService(SettingsStore store, Transactions transactions, Permissions permissions) {
        this.store = store;
        this.transactions = transactions;
        this.permissions = permissions;
    }

    /** The current rules; services read them inside their own transaction. */
    public RapportSettings current() {
        return store.load();
    }

    public RapportSettings update(Actor actor, RapportSettings settings) {
        permissions.requireAdmin(actor, "change Rapport settings");
        try {
            return save(settings);
        } catch (RuntimeException e) {
            if (!Constraints.isUniqueViolation(e)) {
                throw e;
            }
            // Two first saves raced to insert the same setting; the retry, in a new transaction, updates it.
            return save(settings);
        }
    }

    private RapportSettings save(RapportSettings settings) {
        return transactions.write(() -> {
            store.save(settings);
            return store.load();
        });
    }
}
