package org.rapport.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the body of {@code PUT settings}, which replaces every rule: it starts from the rules the
 * host has now, so a test states only what it changes:
 * {@code SettingsBody.current(admin).with("categoryRequired", false).build()}.
 */
public final class SettingsBody {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private SettingsBody(JsonNode current) {
        fields.put("weeklyAllowance", current.path("weeklyAllowance").asInt());
        fields.put("categoryRequired", current.path("categoryRequired").asBoolean());
        fields.put("leaderboardVisibility", current.path("leaderboardVisibility").asText());
    }

    /** The rules as {@code client} reads them now. */
    public static SettingsBody current(RestClient client) {
        HttpResult now = client.get("settings");
        if (now.status() != 200) {
            throw new IllegalStateException("GET settings answered " + now);
        }
        return new SettingsBody(now.json());
    }

    public SettingsBody with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }
}
