package org.rapport.help.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import org.rapport.platform.ao.ColumnQuery;
import org.rapport.help.MentoringHelp;

/**
 * Model version 3: adds the help kind "mentoring" that check-ins record (after the kinds of
 * version 2, at the end of the list). Nothing happens if an admin already made a kind with that code.
 */
public class MentoringHelpKind implements ActiveObjectsUpgradeTask {
    static final String LABEL = "Mentoring";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // An upgrade task sees the schema of its own model version: migrate before touching rows.
        ao.migrate(HelpKindEntity.class);
        if (ao.count(HelpKindEntity.class, HelpKindEntity.CODE + " = ?", MentoringHelp.KIND) > 0) {
            return;
        }
        HelpKindEntity[] last = ao.find(HelpKindEntity.class, ColumnQuery.select(HelpKindEntity.ALL_COLUMNS)
                .order(HelpKindEntity.SORT_ORDER + " DESC").limit(1));
        ao.create(HelpKindEntity.class,
                new DBParam(HelpKindEntity.CODE, MentoringHelp.KIND),
                new DBParam(HelpKindEntity.KIND_LABEL, LABEL),
                new DBParam(HelpKindEntity.SORT_ORDER, last.length == 0 ? 0 : last[0].getSortOrder() + 1),
                new DBParam(HelpKindEntity.ARCHIVED, Boolean.FALSE));
    }
}
