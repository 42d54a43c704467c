package org.rapport.standalone.users;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Users looked up in the last few seconds, by key and by lower-cased name. The plugin asks SAL's
 * UserManager for a person once per name it shows: a page of 20 recognitions asked the host's
 * table 30-40 times (giver, recipients, the viewer's rights), which Jira answers from its user
 * cache. Entries live {@link #TTL_NANOS} at most, so a change made past this JVM (another host
 * process, SQL) shows within that time; changes through {@link UserStore} forget the user at once.
 * Only found users are kept (a name that does not exist yet is asked again), and at most
 * {@link #MAX_ENTRIES} of them: past that the memory starts over. A user read one way is remembered
 * both ways: a profile page finds its person by name and its panels then ask for them by key, which
 * was a second read of the same row on every page.
 */
final class RecentUsers {
    static final long TTL_NANOS = 5_000_000_000L;
    static final int MAX_ENTRIES = 10_000;

    private record Entry(HostUser user, long expiresAt) {
    }

    private final Map<String, Entry> byKey = new ConcurrentHashMap<>();
    private final Map<String, Entry> byLowerName = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    RecentUsers(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    Optional<HostUser> byKey(String key, Supplier<Optional<HostUser>> load) {
        return lookUp(byKey, key, load);
    }

    Optional<HostUser> byLowerName(String lowerName, Supplier<Optional<HostUser>> load) {
        return lookUp(byLowerName, lowerName, load);
    }

    /** Remembers a user under the id it was asked by and under both of its own. */
    private void remember(Map<String, Entry> askedIn, String id, HostUser user, long expiresAt) {
        if (byKey.size() >= MAX_ENTRIES || byLowerName.size() >= MAX_ENTRIES) {
            forgetAll();
        }
        Entry entry = new Entry(user, expiresAt);
        askedIn.put(id, entry);
        byKey.put(user.key(), entry);
        byLowerName.put(user.username().toLowerCase(Locale.ROOT), entry);
    }

    /** Forgets everything (after any change to users through the store). */
    void forgetAll() {
        byKey.clear();
        byLowerName.clear();
    }

    private Optional<HostUser> lookUp(Map<String, Entry> entries, String id, Supplier<Optional<HostUser>> load) {
        long now = nanoTime.getAsLong();
        Entry entry = entries.get(id);
        if (entry != null && now - entry.expiresAt() < 0) {
            return Optional.of(entry.user());
        }
        Optional<HostUser> loaded = load.get();
        if (loaded.isPresent()) {
            remember(entries, id, loaded.get(), now + TTL_NANOS);
        } else {
            entries.remove(id);
        }
        return loaded;
    }
}
