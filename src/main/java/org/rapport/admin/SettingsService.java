package org.rapport.admin;

import org.rapport.platform.Actor;
import org.rapport.platform.Permissions;

import javax.inject.Inject;
import javax.inject.Named;

/** Reading the recognition rules (anyone signed in) and changing them (admins, checked here). */
@Named
public class SettingsService {
    private final SettingsStore store;
    private final StoredSettings stored;
    private final Permissions permissions;

    @Inject
    public SettingsService(SettingsStore store, StoredSettings stored, Permissions permissions) {
        this.store = store;
        this.stored = stored;
        this.permissions = permissions;
    }

    /** The current rules; services read them inside their own transaction. */
    public RapportSettings current() {
        return store.load();
    }

    public RapportSettings update(Actor actor, RapportSettings settings) {
        permissions.requireAdmin(actor, "change Rapport settings");
        return stored.write(SettingsStore.values(settings), store::load);
    }
}
