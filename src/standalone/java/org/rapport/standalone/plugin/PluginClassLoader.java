package org.rapport.standalone.plugin;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;
import java.util.Set;

/**
 * Loads the plugin's classes as OSGi would: its own classes and resources only from its jar, and
 * from the host only the packages its manifest's {@code Import-Package} names (plus the JDK's own).
 * A class the plugin uses without importing its package fails here, as it would in Jira.
 */
public final class PluginClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Set<String> importedPackages;

    public PluginClassLoader(URL jar, ClassLoader host, Set<String> importedPackages) {
        super(new URL[]{jar}, host);
        this.importedPackages = Set.copyOf(importedPackages);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                if (bootDelegated(name) || importedPackages.contains(packageOf(name))) {
                    loaded = getParent().loadClass(name);
                } else {
                    loaded = findClass(name);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    /** Resources (templates, i18n, web resources) come from the plugin jar only. */
    @Override
    public URL getResource(String name) {
        return findResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return findResources(name);
    }

    /**
     * The JDK's own classes, as OSGi frameworks boot-delegate them: besides {@code java.*}, the
     * reflection accessors the JDK generates into a plugin's loader refer to {@code jdk.internal.*}.
     */
    private static boolean bootDelegated(String name) {
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.") || name.startsWith("com.sun.");
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
