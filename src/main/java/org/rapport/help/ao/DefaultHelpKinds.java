package org.rapport.help.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;

import java.util.Map;

import org.rapport.help.HelpKind;

/**
 * Model version 2: seeds the kinds of help of the issue, once. AO runs upgrade tasks under a
 * cluster lock; nothing is seeded if kinds already exist.
 */
public class DefaultHelpKinds implements ActiveObjectsUpgradeTask {

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
        int order = 0;
        for (Map.Entry<String, String> seed : HelpKind.SEEDS.entrySet()) {
            ao.create(HelpKindEntity.class,
                    new DBParam(HelpKindEntity.CODE, seed.getKey()),
                    new DBParam(HelpKindEntity.KIND_LABEL, seed.getValue()),
                    new DBParam(HelpKindEntity.SORT_ORDER, order++),
                    new DBParam(HelpKindEntity.ARCHIVED, Boolean.FALSE));
        }
    }
}
