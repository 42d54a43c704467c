package org.rapport.standalone.plugin;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.rapport.standalone.i18n.HostI18nResolver;
import org.rapport.standalone.velocity.HostTemplateRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Loads a plugin jar as Jira does: manifest headers, {@code atlassian-plugin.xml}, the Spring
 * Scanner index, then the components and modules. Per-plugin host services (the template
 * renderer and the i18n resolver, which read the plugin's own resources) are made here.
 */
public final class PluginLoader {
    private PluginLoader() {
    }

    /** Reads just the descriptor, so the host can prepare the database for the plugin's AO namespace. */
    public static PluginDescriptor descriptor(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            var entry = file.getJarEntry("atlassian-plugin.xml");
            if (entry == null) {
                throw new PluginLoadException(jar + " has no atlassian-plugin.xml at its root");
            }
            try (InputStream in = file.getInputStream(entry)) {
                return PluginDescriptor.parse(in);
            }
        } catch (IOException e) {
            throw new PluginLoadException("Cannot read plugin jar " + jar + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param hostServices the product-wide services, by interface (ActiveObjects, UserManager, ...)
     */
    public static LoadedPlugin load(Path jar, ClassLoader host, Map<Class<?>, Object> hostServices) {
        PluginDescriptor descriptor = descriptor(jar);
        Manifest manifest;
        List<String> components;
        List<String> imports;
        List<String> exports;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
            checkManifest(manifest, descriptor);
            components = lines(file, "META-INF/plugin-components/component");
            imports = lines(file, "META-INF/plugin-components/imports");
            exports = optionalLines(file, "META-INF/plugin-components/exports");
            if (file.getJarEntry("META-INF/spring/plugin-context.xml") == null) {
                throw new PluginLoadException("META-INF/spring/plugin-context.xml is missing: Spring Scanner would not start");
            }
        } catch (IOException e) {
            throw new PluginLoadException("Cannot read plugin jar " + jar + ": " + e.getMessage(), e);
        }
        PluginClassLoader loader;
        try {
            loader = new PluginClassLoader(jar.toUri().toURL(), host, importedPackages(manifest));
        } catch (IOException e) {
            throw new PluginLoadException("Bad plugin path " + jar, e);
        }
        if (descriptor.i18nLocation() == null) {
            throw new PluginLoadException("atlassian-plugin.xml declares no <resource type=\"i18n\">");
        }
        HostI18nResolver i18n = new HostI18nResolver(loader, descriptor.i18nLocation());
        TemplateRenderer renderer = new HostTemplateRenderer(loader, Set.copyOf(descriptor.velocityAllowlist()), i18n);
        Map<Class<?>, Object> services = new HashMap<>(hostServices);
        services.put(I18nResolver.class, i18n);
        services.put(TemplateRenderer.class, renderer);

        ComponentContainer container = new ComponentContainer(loader, services, imports, components);
        container.start();
        LoadedPlugin partial = new LoadedPlugin(descriptor, loader, container, renderer, i18n, List.of(), exports);
        List<LoadedPlugin.Panel> panels = new ArrayList<>();
        for (PluginDescriptor.WebPanel panel : descriptor.webPanels()) {
            if (!renderer.resolve(panel.viewTemplate())) {
                throw new PluginLoadException("web-panel " + panel.key() + ": view " + panel.viewTemplate() + " is not in the jar");
            }
            ContextProvider provider = null;
            if (panel.contextProvider() != null) {
                Class<?> type = partial.moduleClass(panel.contextProvider(), "web-panel " + panel.key());
                provider = (ContextProvider) container.create(type);
                provider.init(Map.of());
            }
            panels.add(new LoadedPlugin.Panel(panel.key(), panel.location(), panel.weight(), provider, panel.viewTemplate(),
                    panel.labelKey()));
        }
        return new LoadedPlugin(descriptor, loader, container, renderer, i18n, List.copyOf(panels), exports);
    }

    private static void checkManifest(Manifest manifest, PluginDescriptor descriptor) {
        if (manifest == null) {
            throw new PluginLoadException("The plugin jar has no manifest");
        }
        var attributes = manifest.getMainAttributes();
        String pluginKey = attributes.getValue("Atlassian-Plugin-Key");
        if (!descriptor.key().equals(pluginKey)) {
            throw new PluginLoadException("Manifest Atlassian-Plugin-Key '" + pluginKey + "' differs from the descriptor key '"
                    + descriptor.key() + "'");
        }
        if (!descriptor.key().equals(attributes.getValue("Bundle-SymbolicName"))) {
            throw new PluginLoadException("Bundle-SymbolicName must equal the plugin key " + descriptor.key());
        }
        if (!"*".equals(attributes.getValue("Spring-Context"))) {
            throw new PluginLoadException("Manifest needs 'Spring-Context: *' for a transformerless plugin");
        }
    }

    /** The package names of an {@code Import-Package} header (attributes and directives dropped). */
    public static Set<String> importedPackages(Manifest manifest) {
        String header = manifest.getMainAttributes().getValue("Import-Package");
        Set<String> packages = new HashSet<>();
        if (header == null) {
            return packages;
        }
        boolean quoted = false;
        StringBuilder clause = new StringBuilder();
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                packages.add(packageName(clause));
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        if (!clause.isEmpty()) {
            packages.add(packageName(clause));
        }
        return packages;
    }

    private static String packageName(CharSequence clause) {
        String text = clause.toString().trim();
        int semicolon = text.indexOf(';');
        return semicolon < 0 ? text : text.substring(0, semicolon).trim();
    }

    /** An index file Spring Scanner reads only if present (exports). */
    private static List<String> optionalLines(JarFile file, String name) throws IOException {
        return file.getJarEntry(name) == null ? List.of() : lines(file, name);
    }

    private static List<String> lines(JarFile file, String name) throws IOException {
        var entry = file.getJarEntry(name);
        if (entry == null) {
            throw new PluginLoadException(name + " is missing: Spring Scanner would find no components");
        }
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty()).toList();
        }
    }
}
