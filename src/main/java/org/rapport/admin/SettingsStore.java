package org.rapport.admin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import net.java.ao.DBParam;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.admin.ao.SettingEntity;

import javax.inject.Inject;
import javax.inject.Named;
import java.util.HashMap;
import java.util.Map;

import static org.rapport.admin.ao.SettingEntity.NAME;
import static org.rapport.admin.ao.SettingEntity.SETTING_VALUE;

/** The only class that touches the setting table. Missing settings read as their defaults. */
@Named
public class SettingsStore {
    static final String WEEKLY_ALLOWANCE = "recognition.weeklyAllowance";
    static final String CATEGORY_REQUIRED = "recognition.categoryRequired";
    static final String LEADERBOARD_VISIBILITY = "recognition.leaderboardVisibility";

    private final ActiveObjects ao;

    @Inject
    public SettingsStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** All settings in one SELECT. */
    public RapportSettings load() {
        Map<String, String> values = new HashMap<>();
        for (SettingEntity e : ao.find(SettingEntity.class, ColumnQuery.select("ID, " + NAME + ", " + SETTING_VALUE))) {
            values.put(e.getName(), e.getSettingValue());
        }
        RapportSettings defaults = RapportSettings.DEFAULTS;
        return new RapportSettings(
                parseInt(values.get(WEEKLY_ALLOWANCE), defaults.weeklyAllowance()),
                values.containsKey(CATEGORY_REQUIRED) ? Boolean.parseBoolean(values.get(CATEGORY_REQUIRED)) : defaults.categoryRequired(),
                LeaderboardVisibility.parse(values.get(LEADERBOARD_VISIBILITY)).orElse(defaults.leaderboardVisibility()));
    }

    /** The recognition rules as the raw values {@link #load()} reads. */
    static Map<String, String> values(RapportSettings settings) {
        return Map.of(WEEKLY_ALLOWANCE, Integer.toString(settings.weeklyAllowance()),
                CATEGORY_REQUIRED, Boolean.toString(settings.categoryRequired()),
                LEADERBOARD_VISIBILITY, settings.leaderboardVisibility().name());
    }

    /** Creates or replaces these raw settings, in the caller's transaction (the one write path: {@link StoredSettings}). */
    public void putAll(Map<String, String> values) {
        values.forEach(this::put);
    }

    /**
     * The raw values of every setting whose name starts with the prefix (one SELECT): other rooms
     * (mentoring) keep their own settings here under their own prefix and parse them themselves.
     */
    public Map<String, String> valuesStartingWith(String prefix) {
        Map<String, String> values = new HashMap<>();
        for (SettingEntity e : ao.find(SettingEntity.class, ColumnQuery.select("ID, " + NAME + ", " + SETTING_VALUE)
                .where(NAME + " LIKE ?", prefix + "%"))) {
            if (e.getName().startsWith(prefix)) { // LIKE treats '_' as a wildcard: keep exact prefixes only
                values.put(e.getName(), e.getSettingValue());
            }
        }
        return values;
    }

    /** Creates or replaces one raw setting; the caller owns the transaction. */
    public void put(String name, String value) {
        SettingEntity[] found = ao.find(SettingEntity.class, ColumnQuery.select("ID, " + NAME + ", " + SETTING_VALUE).where(NAME + " = ?", name));
        if (found.length == 0) {
            ao.create(SettingEntity.class, new DBParam(NAME, name), new DBParam(SETTING_VALUE, value));
        } else {
            found[0].setSettingValue(value);
            found[0].save();
        }
    }

    private static int parseInt(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
