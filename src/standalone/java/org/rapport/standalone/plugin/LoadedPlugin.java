package org.rapport.standalone.plugin;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.rapport.standalone.i18n.HostI18nResolver;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** A plugin the host has loaded: its descriptor, class loader, components and module instances. */
public record LoadedPlugin(
        PluginDescriptor descriptor,
        PluginClassLoader classLoader,
        ComponentContainer container,
        TemplateRenderer templateRenderer,
        HostI18nResolver i18n,
        List<Panel> webPanels,
        List<String> exports) {

    /** The plugin's components exported as {@code serviceInterface} (e.g. SAL's LifecycleAware). */
    public <T> List<T> exported(Class<T> serviceInterface) {
        return container.exported(exports, serviceInterface);
    }

    /**
     * A web panel with its initialised context provider (null when it declares none) and the i18n
     * key of its label (null when it has none).
     */
    public record Panel(String key, String location, int weight, ContextProvider contextProvider, String viewTemplate,
                        String labelKey) {
    }

    /** The panels at a location by weight, lightest first (ties keep descriptor order), as the products order them. */
    public List<Panel> panels(String location) {
        return webPanels.stream()
                .filter(p -> p.location().equals(location))
                .sorted(Comparator.comparingInt(Panel::weight))
                .toList();
    }

    /**
     * Whether a web item shows for the current request: always without a condition; otherwise its
     * {@code Condition} (created with constructor injection, as the products do) decides. A
     * condition that fails hides the item, as in the products.
     */
    public boolean shows(PluginDescriptor.WebItem item) {
        if (item.conditionClass() == null) {
            return true;
        }
        try {
            Condition condition = (Condition) container.create(moduleClass(item.conditionClass(), "web-item " + item.key()));
            condition.init(item.conditionParams());
            return condition.shouldDisplay(new HashMap<>());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Loads a class named in the descriptor from the plugin, failing with the module named. */
    public Class<?> moduleClass(String className, String module) {
        try {
            return Class.forName(className, true, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginLoadException(module + ": class " + className + " cannot be loaded from the plugin: " + e, e);
        }
    }
}
