package org.rapport.build;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plugin jar of this run's product line ({@link Platform}: failsafe runs it once for the Jira 10
 * jar and once for the Jira 11 jar) installed into a real OSGi framework (Apache Felix) whose system
 * bundle exports what a platform gives apps (test data in {@code osgi/platform*-exports.txt}, each package with
 * its evidence). A jar that does not resolve there cannot install in the product: resolving,
 * starting and loading every class (with the types its members name) through the bundle's class
 * loader is as far as an install can be proven without the product. The classes the exports name
 * come from this test's class path (the stand-ins and the API jars), as the products' own bundles
 * would provide them. Each run also shows the test can fail: its jar must not resolve on the other
 * platform, nor the other line's jar on its own.
 */
class OsgiResolutionIT {
    private static final Platform PLATFORM = Platform.current();
    private Framework framework;

    @AfterEach
    void stop() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void pluginJar_resolvesStartsAndLoadsEveryClass_onItsPlatform(@TempDir Path storage) throws Exception {
        Bundle bundle = install(storage, PLATFORM.exportsResource(), pluginJar());

        bundle.start();

        assertThat(bundle.getState()).as(PLATFORM + " jar's bundle state").isEqualTo(Bundle.ACTIVE);
        List<String> failures = new ArrayList<>();
        List<String> classes = pluginClasses();
        for (String name : classes) {
            try {
                Class<?> type = bundle.loadClass(name);
                // Members name the types a call would need: resolving them finds a missing import
                // that merely loading the class would not.
                type.getDeclaredMethods();
                type.getDeclaredFields();
                type.getDeclaredConstructors();
            } catch (ClassNotFoundException | LinkageError e) {
                failures.add(name + ": " + e);
            }
        }
        assertThat(classes).as("classes in the plugin jar").hasSizeGreaterThan(100);
        assertThat(failures).as("classes the bundle class loader cannot load").isEmpty();
    }

    @Test
    void pluginJar_doesNotResolve_onTheOtherPlatform(@TempDir Path storage) throws Exception {
        Bundle bundle = install(storage, PLATFORM.other().exportsResource(), pluginJar());

        assertThatThrownBy(bundle::start)
                .as("the " + PLATFORM + " jar on " + PLATFORM.other() + " must fail to resolve, or this test proves nothing")
                .isInstanceOf(BundleException.class)
                .hasMessageContaining(PLATFORM.namespace() + ".");
        assertThat(bundle.getState()).isEqualTo(Bundle.INSTALLED);
    }

    @Test
    void otherPluginJar_doesNotResolve_onThisPlatform(@TempDir Path storage) throws Exception {
        Path other = Path.of(System.getProperty(Platform.OTHER_JAR_PROPERTY, ""));
        assertThat(other).as("the " + PLATFORM.other() + " jar (system property " + Platform.OTHER_JAR_PROPERTY + ")")
                .isRegularFile();
        Bundle bundle = install(storage, PLATFORM.exportsResource(), other);

        assertThatThrownBy(bundle::start)
                .as("the " + PLATFORM.other() + " jar on " + PLATFORM + " must fail to resolve")
                .isInstanceOf(BundleException.class)
                .hasMessageContaining(PLATFORM.other().namespace() + ".");
        assertThat(bundle.getState()).isEqualTo(Bundle.INSTALLED);
    }

    private Bundle install(Path storage, String exportsResource, Path jarFile) throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", exports(exportsResource)));
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        try (InputStream jar = Files.newInputStream(jarFile)) {
            return framework.getBundleContext().installBundle("file:rapport.jar", jar);
        }
    }

    /** The export list without comments: {@code package;version=V} entries. */
    static List<String> exports(String resource) {
        try (InputStream in = OsgiResolutionIT.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("Missing test data " + resource);
            }
            List<String> packages = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String entry = line.replaceAll("#.*", "").strip();
                if (!entry.isEmpty()) {
                    packages.add(entry);
                }
            }
            return packages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path pluginJar() {
        try (PluginJar jar = PluginJar.open()) {
            return jar.path();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> pluginClasses() throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(pluginJar().toFile())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                if (entry.getName().endsWith(".class") && entry.getName().startsWith("org/rapport/")) {
                    names.add(PluginJar.className(entry.getName()));
                }
            }
        }
        return names;
    }
}
