package org.rapport.bench;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.RawEntity;
import org.rapport.standalone.ao.HostActiveObjects;
import org.rapport.standalone.db.HostDatabase;
import org.rapport.standalone.plugin.PluginDescriptor;
import org.rapport.standalone.users.UserStore;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rapport's schema in a benchmark database, made the way the host makes it when the plugin starts
 * (see {@code AoSchema}): the entities and upgrade tasks named in {@code atlassian-plugin.xml},
 * upgrade tasks first (they seed the default categories), then a migration of every entity. The
 * model version goes where the host keeps it, so a host started on this database later does not
 * seed categories again.
 */
final class BenchSchema {
    private BenchSchema() {
    }

    static PluginDescriptor descriptor() {
        try (InputStream xml = BenchSchema.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (xml == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the classpath: run mvn process-classes first");
            }
            return PluginDescriptor.parse(xml);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read atlassian-plugin.xml", e);
        }
    }

    /** Creates the host's user tables and Rapport's AO tables, as a fresh host start would. */
    @SuppressWarnings("unchecked")
    static void create(HostDatabase db, HostActiveObjects ao) {
        PluginDescriptor descriptor = descriptor();
        UserStore users = new UserStore(db);
        users.createTables();
        String settingName = "ao.model." + descriptor.ao().namespace();
        ModelVersion current = ModelVersion.valueOf(users.setting(settingName).orElse("0"));
        List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
        for (String name : descriptor.ao().upgradeTasks()) {
            tasks.add((ActiveObjectsUpgradeTask) instantiate(name));
        }
        tasks.sort(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion));
        for (ActiveObjectsUpgradeTask task : tasks) {
            if (task.getModelVersion().isNewerThan(current)) {
                task.upgrade(current, ao);
                current = task.getModelVersion();
                users.putSetting(settingName, current.toString());
            }
        }
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String name : descriptor.ao().entities()) {
            entities.add((Class<? extends RawEntity<?>>) load(name));
        }
        ao.migrate(entities.toArray(Class[]::new));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("atlassian-plugin.xml names a missing class " + name, e);
        }
    }

    private static Object instantiate(String name) {
        try {
            return load(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create upgrade task " + name, e);
        }
    }
}
