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
 * The plugin jar installed into a real OSGi framework (Apache Felix) whose system bundle exports
 * what a platform gives apps (test data in {@code osgi/platform*-exports.txt}, each package with
 * its evidence). A jar that does not resolve there cannot install in the product: resolving,
 * starting and loading every class (with the types its members name) through the bundle's class
 * loader is as far as an install can be proven without the product. The classes the exports name
 * come from this test's class path (the stand-ins and the API jars), as the products' own bundles
 * would provide them.
 */
class OsgiResolutionIT {
    private Framework framework;

    @AfterEach
    void stop() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void jira10Jar_resolvesStartsAndLoadsEveryClass_onPlatform7(@TempDir Path storage) throws Exception {
        Bundle bundle = install(storage, "osgi/platform7-exports.txt");

        bundle.start();

        assertThat(bundle.getState()).as("bundle state").isEqualTo(Bundle.ACTIVE);
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
    void jira10Jar_doesNotResolve_onPlatform8(@TempDir Path storage) throws Exception {
        Bundle bundle = install(storage, "osgi/platform8-exports.txt");

        assertThatThrownBy(bundle::start)
                .as("a javax jar on a jakarta platform must fail to resolve, or this test proves nothing")
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("javax.");
        assertThat(bundle.getState()).isEqualTo(Bundle.INSTALLED);
    }

    private Bundle install(Path storage, String exportsResource) throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", exports(exportsResource)));
        framework = new FrameworkFactory().newFramework(config);
        framework.start();
        try (InputStream jar = Files.newInputStream(pluginJar())) {
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
