package org.rapport.help.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;

import java.util.List;

/**
 * Model version 2: seeds the kinds of help of the issue, once. AO runs upgrade tasks under a
 * cluster lock; nothing is seeded if kinds already exist.
 */
public class DefaultHelpKinds implements ActiveObjectsUpgradeTask {
    static final List<List<String>> SEEDS = List.of(
            List.of("unblocked-me", "Unblocked me"),
            List.of("reviewed-my-work", "Reviewed my work"),
            List.of("paired-with-me", "Paired with me"),
            List.of("explained-something", "Explained something"),
            List.of("shared-a-resource", "Shared a resource"),
            List.of("introduced-me-to-someone", "Introduced me to someone"));

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // An upgrade task sees the schema of its own model version: migrate before touching rows.
        ao.migrate(HelpKindEntity.class);
        if (ao.count(HelpKindEntity.class) > 0) {
            return;
        }
        for (int i = 0; i < SEEDS.size(); i++) {
            ao.create(HelpKindEntity.class,
                    new DBParam(HelpKindEntity.CODE, SEEDS.get(i).get(0)),
                    new DBParam(HelpKindEntity.KIND_LABEL, SEEDS.get(i).get(1)),
                    new DBParam(HelpKindEntity.SORT_ORDER, i),
                    new DBParam(HelpKindEntity.ARCHIVED, Boolean.FALSE));
        }
    }
}
