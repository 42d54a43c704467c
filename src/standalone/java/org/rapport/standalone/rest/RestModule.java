package org.rapport.standalone.rest;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.rapport.standalone.plugin.LoadedPlugin;
import org.rapport.standalone.plugin.PluginDescriptor;
import org.rapport.standalone.plugin.PluginLoadException;

import javax.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A plugin's {@code <rest>} module on Jersey: the resources and providers found in its packages
 * (and their sub-packages), built by the plugin's container, behind the access rules and the
 * XSRF check. Jersey's own Jackson exception mappers are left out so the plugin's answer bad JSON.
 */
public final class RestModule {
    private RestModule() {
    }

    public static ServletContainer servlet(LoadedPlugin plugin, PluginDescriptor.Rest module, java.nio.file.Path jar) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName(module.key());
        config.property(org.glassfish.jersey.server.ServerProperties.WADL_FEATURE_DISABLE, true);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(AccessRules.class);
        config.register(XsrfCheck.class);
        Map<Class<?>, Object> resources = new LinkedHashMap<>();
        int found = 0;
        for (String className : classesIn(jar, module.packages())) {
            Class<?> type = plugin.moduleClass(className, "rest " + module.key());
            if (type.isAnnotationPresent(javax.ws.rs.Path.class)) {
                resources.put(type, plugin.container().create(type));
                found++;
            } else if (type.isAnnotationPresent(Provider.class)) {
                config.register(plugin.container().create(type));
                found++;
            }
        }
        if (found == 0) {
            throw new PluginLoadException("rest " + module.key() + ": no resources in packages " + module.packages());
        }
        registerResources(config, resources);
        return new ServletContainer(config);
    }

    /**
     * Resources go in as classes, which is what Jersey models resources from; registered as
     * instances, Jersey first checks each as a provider and warns that it "does not implement any
     * provider interfaces ... will be ignored" (eclipse-ee4j/jersey#3700), then uses it anyway.
     * The plugin's container builds the instances (constructor injection, as in the products);
     * bound to their classes above Jersey's own per-request binding, they are what Jersey's
     * {@code Injections.getOrCreate} hands out for every request. One binder for all: Jersey
     * ignores a second registration of the same binder class.
     */
    private static void registerResources(ResourceConfig config, Map<Class<?>, Object> resources) {
        resources.keySet().forEach(config::register);
        config.register(new AbstractBinder() {
            @Override
            protected void configure() {
                resources.forEach((type, instance) -> bindInstance(type, instance));
            }

            private <T> void bindInstance(Class<T> type, Object instance) {
                bind(type.cast(instance)).to(type).ranked(Integer.MAX_VALUE);
            }
        });
    }

    private static List<String> classesIn(java.nio.file.Path jar, List<String> packages) {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                for (String pkg : packages) {
                    if (className.startsWith(pkg + ".")) {
                        names.add(className);
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new PluginLoadException("Cannot scan " + jar + " for REST resources", e);
        }
        Collections.sort(names);
        return names;
    }
}
