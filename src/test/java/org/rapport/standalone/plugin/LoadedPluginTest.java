package org.rapport.standalone.plugin;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which web panels a host page renders at a location, and in which order (the issue view relies on it). */
class LoadedPluginTest {
    private static final String ISSUE_RIGHT = "atl.jira.view.issue.right.context";

    @Test
    void panels_atALocation_areOrderedByWeight_tiesInDescriptorOrder_othersLeftOut() {
        LoadedPlugin plugin = new LoadedPlugin(null, null, null, null, null, List.of(
                panel("help-panel", ISSUE_RIGHT, 200),
                panel("profile-panel", "webpanels.user.profile.summary.custom", 10),
                panel("issue-panel", ISSUE_RIGHT, 150),
                panel("first-heavy", ISSUE_RIGHT, 300),
                panel("second-heavy", ISSUE_RIGHT, 300)), List.of());

        assertThat(plugin.panels(ISSUE_RIGHT)).extracting(LoadedPlugin.Panel::key)
                .containsExactly("issue-panel", "help-panel", "first-heavy", "second-heavy");
    }

    private static LoadedPlugin.Panel panel(String key, String location, int weight) {
        return new LoadedPlugin.Panel(key, location, weight, null, "templates/" + key + ".vm", null);
    }
}
