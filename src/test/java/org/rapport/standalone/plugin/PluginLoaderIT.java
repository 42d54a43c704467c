package org.rapport.standalone.plugin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.xsrf.XsrfRequestValidator;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * The host refuses a plugin jar with a mistake in its descriptor, index or manifest, naming the
 * mistake, as the products would fail to enable it. Each test breaks one thing in a copy of the
 * real jar.
 */
class PluginLoaderIT {
    private static Path jar;
    private static final Map<Class<?>, Object> SERVICES = new HashMap<>();

    @TempDir
    Path temp;

    @BeforeAll
    static void realJar() {
        String path = System.getProperty("rapport.plugin.jar");
        assertThat(path).as("system property rapport.plugin.jar (set by the Failsafe configuration)").isNotNull();
        jar = Path.of(path);
        assertThat(jar).as("the built plugin jar; run mvn package first").exists();
        for (Class<?> service : new Class<?>[]{ActiveObjects.class, UserManager.class, UserSearchService.class,
                ApplicationProperties.class, LoginUriProvider.class, XsrfRequestValidator.class,
                XsrfTokenAccessor.class, PageBuilderService.class, SchedulerService.class}) {
            SERVICES.put(service, mock(service));
        }
    }

    @Test
    void load_realJar_wiresEveryComponentAndPanel() {
        LoadedPlugin plugin = PluginLoader.load(jar, getClass().getClassLoader(), SERVICES);

        assertThat(plugin.descriptor().key()).isEqualTo("org.rapport.rapport");
        assertThat(plugin.container().componentTypes()).isNotEmpty();
        assertThat(plugin.panels("webpanels.user.profile.summary.custom")).extracting(LoadedPlugin.Panel::key)
                .containsExactly("profile-unread-panel", "profile-recognition-panel", "profile-help-panel", "profile-mentoring-panel");
        assertThat(plugin.panels("webpanels.user.profile.summary.custom")).allSatisfy(p -> assertThat(p.contextProvider()).isNotNull());
    }

    @Test
    void load_componentMissingFromIndex_failsNamingTheClass() throws IOException {
        Path broken = rewrite("META-INF/plugin-components/component",
                text -> text.replace("org.rapport.recognition.category.CategoryStore\n", ""));

        assertThatThrownBy(() -> PluginLoader.load(broken, getClass().getClassLoader(), SERVICES))
                .isInstanceOf(PluginLoadException.class)
                .hasMessageContaining("org.rapport.recognition.category.CategoryStore");
    }

    @Test
    void load_importMissingFromIndex_failsNamingTheService() throws IOException {
        Path broken = rewrite("META-INF/plugin-components/imports",
                text -> text.replace("com.atlassian.activeobjects.external.ActiveObjects\n", ""));

        assertThatThrownBy(() -> PluginLoader.load(broken, getClass().getClassLoader(), SERVICES))
                .isInstanceOf(PluginLoadException.class)
                .hasMessageContaining("com.atlassian.activeobjects.external.ActiveObjects");
    }

    @Test
    void load_serviceTheHostLacks_fails() throws IOException {
        Map<Class<?>, Object> fewer = new HashMap<>(SERVICES);
        fewer.remove(PageBuilderService.class);

        assertThatThrownBy(() -> PluginLoader.load(jar, getClass().getClassLoader(), fewer))
                .isInstanceOf(PluginLoadException.class)
                .hasMessageContaining("PageBuilderService");
    }

    @Test
    void load_descriptorNamingMissingClass_failsNamingTheModule() throws IOException {
        Path broken = rewrite("atlassian-plugin.xml", text -> text.replace(
                "org.rapport.recognition.web.RecognitionProfilePanel", "org.rapport.recognition.web.NoSuchPanel"));

        assertThatThrownBy(() -> PluginLoader.load(broken, getClass().getClassLoader(), SERVICES))
                .isInstanceOf(PluginLoadException.class)
                .hasMessageContaining("web-panel profile-recognition-panel")
                .hasMessageContaining("NoSuchPanel");
    }

    @Test
    void load_descriptorNamingMissingTemplate_fails() throws IOException {
        Path broken = rewrite("atlassian-plugin.xml", text -> text.replace(
                "templates/panels/profile-recognition.vm", "templates/panels/missing.vm"));

        assertThatThrownBy(() -> PluginLoader.load(broken, getClass().getClassLoader(), SERVICES))
                .isInstanceOf(PluginLoadException.class)
                .hasMessageContaining("templates/panels/missing.vm");
    }

    @Test
    void load_packageNotImported_cannotBeSeenByThePlugin() throws IOException {
        Path broken = rewriteManifest(manifest -> {
            String imports = manifest.getMainAttributes().getValue("Import-Package");
            manifest.getMainAttributes().putValue("Import-Package",
                    imports.replace("com.atlassian.sal.api.user,", "").replace(",com.atlassian.sal.api.user", ""));
            return manifest;
        });

        assertThatThrownBy(() -> PluginLoader.load(broken, getClass().getClassLoader(), SERVICES))
                .isInstanceOf(PluginLoadException.class)
                .hasStackTraceContaining("com.atlassian.sal.api.user");
    }

    @Test
    void load_manifestKeyDiffersFromDescriptor_fails() throws IOException {
        Path broken = rewriteManifest(manifest -> {
            manifest.getMainAttributes().putValue("Atlassian-Plugin-Key", "org.example.other");
            return manifest;
        });

        assertThatThrownBy(() -> PluginLoader.load(broken, getClass().getClassLoader(), SERVICES))
                .isInstanceOf(PluginLoadException.class)
                .hasMessageContaining("Atlassian-Plugin-Key");
    }

    private Path rewrite(String entryName, UnaryOperator<String> change) throws IOException {
        return copy(entryName, change, UnaryOperator.identity());
    }

    private Path rewriteManifest(UnaryOperator<Manifest> change) throws IOException {
        return copy(null, UnaryOperator.identity(), change);
    }

    private Path copy(String entryName, UnaryOperator<String> change, UnaryOperator<Manifest> manifestChange)
            throws IOException {
        Path target = Files.createTempFile(temp, "broken", ".jar");
        try (JarFile in = new JarFile(jar.toFile());
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(target),
                     manifestChange.apply(new Manifest(in.getManifest())))) {
            for (JarEntry entry : java.util.Collections.list(in.entries())) {
                if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    continue;
                }
                out.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    if (entry.getName().equals(entryName)) {
                        String text = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                        String changed = change.apply(text);
                        assertThat(changed).as("the test's change must alter " + entryName).isNotEqualTo(text);
                        out.write(changed.getBytes(StandardCharsets.UTF_8));
                    } else {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return target;
    }
}
