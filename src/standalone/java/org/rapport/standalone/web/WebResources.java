package org.rapport.standalone.web;

import org.rapport.standalone.i18n.HostI18nResolver;
import org.rapport.standalone.plugin.PluginDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin's {@code <web-resource>} modules: which files a required module brings (after its
 * dependencies), their URLs, and their content with the {@code jsI18n} transformation applied.
 */
public final class WebResources {
    /** The AUI module the products always provide; the host's chrome includes AUI on every page. */
    public static final String AUI = "com.atlassian.auiplugin:ajs";
    private static final Pattern GET_TEXT = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([\\w.\\-]+)\\1\\s*([,)])");

    private final PluginDescriptor plugin;
    private final ClassLoader pluginLoader;
    private final HostI18nResolver i18n;
    private final String contextPath;

    public WebResources(PluginDescriptor plugin, ClassLoader pluginLoader, HostI18nResolver i18n, String contextPath) {
        this.plugin = plugin;
        this.pluginLoader = pluginLoader;
        this.i18n = i18n;
        this.contextPath = contextPath;
    }

    /** A file of a web resource, with the URL the page links it by. */
    public record File(String moduleKey, String name, String location, boolean jsI18n) {
        public boolean isCss() {
            return name.endsWith(".css");
        }

        public boolean isJs() {
            return name.endsWith(".js");
        }
    }

    /** The files of the required modules and their dependencies, dependencies first, each once. */
    public List<File> files(Set<String> required) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String key : required) {
            collect(key, ordered, new LinkedHashSet<>());
        }
        List<File> files = new ArrayList<>();
        for (String complete : ordered) {
            PluginDescriptor.WebResource module = module(complete).orElseThrow();
            for (PluginDescriptor.Resource r : module.resources()) {
                files.add(new File(complete, r.name(), r.location(), module.jsI18n()));
            }
        }
        return files;
    }

    /**
     * The complete keys of the modules that declare {@code <context>context</context>}, as the
     * products include them on every page of that context ({@code atl.general}, {@code atl.admin},
     * {@code atl.userprofile}, {@code jira.view.issue}).
     */
    public List<String> inContext(String context) {
        return plugin.webResources().stream()
                .filter(w -> w.contexts().contains(context))
                .map(w -> plugin.key() + ":" + w.key())
                .toList();
    }

    public String url(File file) {
        return contextPath + "/download/resources/" + file.moduleKey() + "/" + file.name();
    }

    /** The file of module {@code moduleComplete} named {@code name}, transformed for the locale. */
    public Optional<byte[]> content(String moduleComplete, String name, Locale locale) throws IOException {
        Optional<PluginDescriptor.WebResource> module = module(moduleComplete);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        Optional<PluginDescriptor.Resource> resource = module.get().resources().stream()
                .filter(r -> r.name().equals(name)).findFirst();
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = pluginLoader.getResourceAsStream(resource.get().location())) {
            if (in == null) {
                throw new IOException("web resource " + moduleComplete + "/" + name + " names a missing file "
                        + resource.get().location());
            }
            byte[] bytes = in.readAllBytes();
            if (module.get().jsI18n() && name.endsWith(".js")) {
                return Optional.of(translate(new String(bytes, StandardCharsets.UTF_8), locale).getBytes(StandardCharsets.UTF_8));
            }
            return Optional.of(bytes);
        }
    }

    /**
     * The {@code jsI18n} transformer: {@code AJS.I18n.getText('key')} becomes the translated text
     * as a string literal; with arguments it becomes {@code AJS.format("pattern", args)}.
     */
    String translate(String script, Locale locale) {
        Matcher m = GET_TEXT.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(2);
            String pattern = i18n.raw(locale, key);
            if (pattern == null) {
                throw new IllegalStateException("jsI18n: no text for key " + key);
            }
            String replacement = m.group(3).equals(")")
                    ? Json.string(new MessageFormat(pattern, locale).format(new Object[0]))
                    : "AJS.format(" + Json.string(pattern) + ",";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void collect(String complete, Set<String> ordered, Set<String> visiting) {
        if (complete.equals(AUI) || ordered.contains(complete)) {
            return;
        }
        if (!visiting.add(complete)) {
            throw new IllegalStateException("web-resource dependency cycle at " + complete);
        }
        PluginDescriptor.WebResource module = module(complete)
                .orElseThrow(() -> new IllegalStateException("unknown web resource " + complete));
        for (String dependency : module.dependencies()) {
            collect(dependency, ordered, visiting);
        }
        ordered.add(complete);
    }

    private Optional<PluginDescriptor.WebResource> module(String complete) {
        String prefix = plugin.key() + ":";
        if (!complete.startsWith(prefix)) {
            return Optional.empty();
        }
        return plugin.webResource(complete.substring(prefix.length()));
    }
}
