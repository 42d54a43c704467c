package org.rapport.standalone.plugin;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plugin's component container, wired the way Spring Scanner wires it: components are the
 * classes named in {@code META-INF/plugin-components/component}; host services are reachable only
 * through {@code @ComponentImport} parameters whose type is listed in {@code .../imports}; module
 * classes (servlets, panels, REST resources) are built by constructor injection from both.
 * Anything not declared fails with a message that names the class and the missing entry.
 */
public final class ComponentContainer {
    private static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    private static final String INJECT = "javax.inject.Inject";

    private final Map<Class<?>, Object> hostServices;
    private final Set<Class<?>> importedTypes;
    private final Set<Class<?>> componentTypes;
    private final Map<Class<?>, Object> components = new HashMap<>();
    private final Set<Class<?>> creating = new LinkedHashSet<>();

    /**
     * @param hostServices what the host provides, by interface
     * @param imports the lines of the imports index
     * @param componentLines the lines of the component index
     */
    public ComponentContainer(ClassLoader pluginLoader, Map<Class<?>, Object> hostServices,
                              List<String> imports, List<String> componentLines) {
        this.hostServices = Map.copyOf(hostServices);
        this.importedTypes = new LinkedHashSet<>();
        for (String line : imports) {
            Class<?> type = load(pluginLoader, beanType(line), "imports index");
            if (!hostServices.containsKey(type)) {
                throw new PluginLoadException("The plugin imports " + type.getName() + ", which this host does not provide");
            }
            importedTypes.add(type);
        }
        this.componentTypes = new LinkedHashSet<>();
        for (String line : componentLines) {
            componentTypes.add(load(pluginLoader, beanType(line), "component index"));
        }
    }

    /** Creates every component now, so a wiring mistake fails at start-up, not on first use. */
    public void start() {
        componentTypes.forEach(this::component);
    }

    /**
     * The components the exports index publishes under {@code serviceInterface} (as Spring Scanner
     * publishes {@code @ExportAsService} components as OSGi services), created if need be.
     *
     * @param exportLines the lines of {@code META-INF/plugin-components/exports}: {@code fqcn#iface1,iface2}
     */
    public <T> List<T> exported(List<String> exportLines, Class<T> serviceInterface) {
        List<T> found = new ArrayList<>();
        for (String line : exportLines) {
            int hash = line.indexOf('#');
            if (hash < 0) {
                continue;
            }
            String implementation = line.substring(0, hash).trim();
            for (String iface : line.substring(hash + 1).split(",")) {
                if (iface.trim().equals(serviceInterface.getName())) {
                    Class<?> type = componentTypes.stream().filter(t -> t.getName().equals(implementation)).findFirst()
                            .orElseThrow(() -> new PluginLoadException("The exports index names " + implementation
                                    + ", which is not in the component index"));
                    found.add(serviceInterface.cast(component(type)));
                }
            }
        }
        return found;
    }

    /** A module class instance (servlet, context provider, REST resource, upgrade task). */
    public <T> T create(Class<T> type) {
        return construct(type);
    }

    public Set<Class<?>> componentTypes() {
        return Set.copyOf(componentTypes);
    }

    private synchronized Object component(Class<?> type) {
        Object existing = components.get(type);
        if (existing != null) {
            return existing;
        }
        if (!creating.add(type)) {
            throw new PluginLoadException("Circular dependency between components: " + creating);
        }
        try {
            Object created = construct(type);
            components.put(type, created);
            return created;
        } finally {
            creating.remove(type);
        }
    }

    private <T> T construct(Class<T> type) {
        Constructor<?> constructor = injectionConstructor(type);
        Parameter[] parameters = constructor.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = resolve(type, parameters[i]);
        }
        try {
            if (!Modifier.isPublic(type.getModifiers())) {
                // A component that nothing outside its package needs may be package-private (with a
                // public constructor); Spring, which builds the products' plugin beans, makes such
                // constructors accessible too.
                constructor.setAccessible(true);
            }
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            throw new PluginLoadException("Creating " + type.getName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new PluginLoadException("Cannot create " + type.getName() + ": " + e, e);
        }
    }

    private Object resolve(Class<?> owner, Parameter parameter) {
        Class<?> wanted = parameter.getType();
        if (has(parameter.getAnnotations(), COMPONENT_IMPORT)) {
            if (!importedTypes.contains(wanted)) {
                throw new PluginLoadException(owner.getName() + " imports " + wanted.getName()
                        + " but META-INF/plugin-components/imports does not list it");
            }
            return hostServices.get(wanted);
        }
        if (hostServices.containsKey(wanted)) {
            throw new PluginLoadException(owner.getName() + " needs host service " + wanted.getName()
                    + " without @ComponentImport");
        }
        for (Class<?> candidate : componentTypes) {
            if (wanted.isAssignableFrom(candidate)) {
                return component(candidate);
            }
        }
        throw new PluginLoadException(owner.getName() + " needs " + wanted.getName()
                + ", which is neither a component in META-INF/plugin-components/component nor an import");
    }

    private static Constructor<?> injectionConstructor(Class<?> type) {
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new PluginLoadException(type.getName() + " is not a concrete class");
        }
        List<Constructor<?>> injectable = new ArrayList<>();
        for (Constructor<?> c : type.getConstructors()) {
            if (has(c.getAnnotations(), INJECT)) {
                injectable.add(c);
            }
        }
        if (injectable.size() == 1) {
            return injectable.get(0);
        }
        Constructor<?>[] publicConstructors = type.getConstructors();
        if (injectable.isEmpty() && publicConstructors.length == 1) {
            return publicConstructors[0];
        }
        throw new PluginLoadException(type.getName() + " needs exactly one @Inject constructor (or a single public one)");
    }

    private static boolean has(Annotation[] annotations, String typeName) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(typeName)) {
                return true;
            }
        }
        return false;
    }

    private static String beanType(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).trim();
    }

    private static Class<?> load(ClassLoader loader, String name, String where) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginLoadException("Class " + name + " named in the " + where + " cannot be loaded: " + e, e);
        }
    }
}
