package org.rapport.admin;

import org.rapport.platform.Retries;
import org.rapport.platform.Transactions;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The settings table as every room uses it: each room keeps its rules under its own name prefix
 * ({@code recognition.}, {@code mentoring.}) and parses them itself. The one path through which
 * any settings are written: all values of one change in one transaction, tried once more when two
 * first saves raced to insert the same name (the retry updates the winner's row).
 */
@Named
public class StoredSettings {
    private final SettingsStore store;
    private final Transactions transactions;

    @Inject
    public StoredSettings(SettingsStore store, Transactions transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /** The raw values of every setting whose name starts with {@code prefix}, in one SELECT. */
    public Map<String, String> startingWith(String prefix) {
        return store.valuesStartingWith(prefix);
    }

    /** Writes these values together, then reads the result back in the same transaction. */
    public <T> T write(Map<String, String> values, Supplier<T> readBack) {
        return Retries.onceMoreOnUniqueViolation(() -> transactions.write(() -> {
            store.putAll(values);
            return readBack.get();
        }));
    }
}
