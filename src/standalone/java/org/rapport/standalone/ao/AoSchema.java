package org.rapport.standalone.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.RawEntity;
import org.rapport.standalone.plugin.LoadedPlugin;
import org.rapport.standalone.plugin.PluginLoadException;
import org.rapport.standalone.users.UserStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the AO plugin does when a plugin starts: run the upgrade tasks newer than the stored
 * model version, in ascending order, then migrate every declared entity. The model version is
 * kept in the database ({@code ao.model.NAMESPACE}), as the AO plugin keeps it in Jira's.
 */
public final class AoSchema {
    private AoSchema() {
    }

    @SuppressWarnings("unchecked")
    public static void upgradeAndMigrate(LoadedPlugin plugin, ActiveObjects ao, UserStore settings) {
        String namespace = plugin.descriptor().ao().namespace();
        if (namespace == null) {
            return;
        }
        String settingName = "ao.model." + namespace;
        ModelVersion stored = ModelVersion.valueOf(settings.setting(settingName).orElse("0"));
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String className : plugin.descriptor().ao().upgradeTasks()) {
            Object task = plugin.container().create(plugin.moduleClass(className, "ao upgradeTask"));
            if (!(task instanceof ActiveObjectsUpgradeTask upgrade)) {
                throw new PluginLoadException(className + " is not an ActiveObjectsUpgradeTask");
            }
            tasks.add(upgrade);
        }
        tasks.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        ModelVersion current = stored;
        for (ActiveObjectsUpgradeTask task : tasks) {
            if (task.getModelVersion().isNewerThan(current)) {
                // Not in one transaction: an upgrade task migrates (DDL) before it writes rows.
                task.upgrade(current, ao);
                current = task.getModelVersion();
                settings.putSetting(settingName, current.toString());
            }
        }
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String className : plugin.descriptor().ao().entities()) {
            Class<?> type = plugin.moduleClass(className, "ao entity");
            if (!RawEntity.class.isAssignableFrom(type)) {
                throw new PluginLoadException("ao entity " + className + " is not an Active Objects entity");
            }
            entities.add((Class<? extends RawEntity<?>>) type);
        }
        ao.migrate(entities.toArray(Class[]::new));
    }
}
