package org.rapport.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The built plugin jar ({@code target/rapport-jira10-VERSION.jar} or {@code rapport-jira11-VERSION.jar}), opened read-only, with a class loader
 * that takes every {@code org.rapport} class from the jar itself and everything else (javax.inject,
 * net.java.ao, the com.atlassian stand-ins) from the test class path, the way the products' OSGi
 * imports would provide them.
 */
final class PluginJar implements AutoCloseable {
    static final String JAR_PROPERTY = "rapport.plugin.jar";
    private static final String PLUGIN_CLASSES = "org.rapport.";

    private final Path path;
    private final JarFile jar;
    private final List<String> entries;
    private final URLClassLoader classLoader;

    private PluginJar(Path path) throws IOException {
        this.path = path;
        this.jar = new JarFile(path.toFile());
        this.entries = jar.stream().filter(e -> !e.isDirectory()).map(JarEntry::getName).sorted().toList();
        this.classLoader = new URLClassLoader(new URL[]{path.toUri().toURL()},
                new HidingPluginClasses(PluginJar.class.getClassLoader()));
    }

    /** The jar that {@value #JAR_PROPERTY} names; fails with what to do when it is not set or not built. */
    static PluginJar open() {
        String property = System.getProperty(JAR_PROPERTY);
        if (property == null || property.isBlank()) {
            throw new AssertionError("System property " + JAR_PROPERTY + " is not set. Run this test through"
                    + " Maven failsafe (mvn verify), which points it at target/rapport-jira10-VERSION.jar and then rapport-jira11-VERSION.jar, or pass"
                    + " -D" + JAR_PROPERTY + "=/path/to/rapport-jira10-VERSION.jar.");
        }
        Path path = Path.of(property);
        if (!Files.isRegularFile(path)) {
            throw new AssertionError(JAR_PROPERTY + " points at " + path + ", which does not exist:"
                    + " build the plugin jar first (mvn package).");
        }
        try {
            return new PluginJar(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the plugin jar " + path, e);
        }
    }

    Path path() {
        return path;
    }

    /** Every file entry (no directories), sorted. */
    List<String> entries() {
        return entries;
    }

    boolean contains(String entry) {
        return jar.getEntry(entry) != null && !jar.getEntry(entry).isDirectory();
    }

    /** True when some file lies under {@code directory/} (trailing slash optional). */
    boolean containsUnder(String directory) {
        String prefix = directory.endsWith("/") ? directory : directory + "/";
        return entries.stream().anyMatch(e -> e.startsWith(prefix));
    }

    byte[] bytes(String entry) {
        JarEntry found = jar.getJarEntry(entry);
        if (found == null) {
            throw new AssertionError("The plugin jar has no entry " + entry);
        }
        try (InputStream in = jar.getInputStream(found)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + entry + " from " + path, e);
        }
    }

    String text(String entry) {
        return new String(bytes(entry), StandardCharsets.UTF_8);
    }

    Manifest manifest() {
        try {
            Manifest manifest = jar.getManifest();
            if (manifest == null) {
                throw new AssertionError("The plugin jar has no META-INF/MANIFEST.MF");
            }
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the manifest of " + path, e);
        }
    }

    /** Class entries ({@code org/rapport/x/Y.class}). */
    List<String> classEntries() {
        return entries.stream().filter(e -> e.endsWith(".class")).toList();
    }

    /**
     * Fully qualified names of the plugin's classes in the jar ({@code org.rapport}, without the
     * standalone host), nested ones included. Anything else in the jar is a packaging fault that
     * PluginJarIT reports on its own; it is not loaded.
     */
    List<String> classNames() {
        return classEntries().stream()
                .filter(e -> e.startsWith("org/rapport/") && !e.startsWith("org/rapport/standalone/"))
                .filter(e -> !e.endsWith("module-info.class") && !e.endsWith("package-info.class"))
                .map(PluginJar::className)
                .toList();
    }

    static String className(String classEntry) {
        return classEntry.substring(0, classEntry.length() - ".class".length()).replace('/', '.');
    }

    static String classEntry(String className) {
        return className.replace('.', '/') + ".class";
    }

    /** Loads a class as the products would: plugin classes from the jar only. */
    Class<?> load(String className) {
        try {
            return Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("Cannot load " + className + " from the plugin jar " + path + ": " + e, e);
        }
    }

    /** Every plugin class in the jar (see {@link #classNames()}), loaded from the jar. */
    List<Class<?>> classes() {
        return classNames().stream().<Class<?>>map(this::load).toList();
    }

    @Override
    public void close() throws IOException {
        try {
            classLoader.close();
        } finally {
            jar.close();
        }
    }

    /**
     * The test class path without Rapport's own classes, so that a plugin class missing from the
     * jar cannot be found in target/classes by mistake.
     */
    private static final class HidingPluginClasses extends ClassLoader {
        HidingPluginClasses(ClassLoader testClassPath) {
            super(testClassPath);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith(PLUGIN_CLASSES)) {
                throw new ClassNotFoundException(name + " (Rapport classes come from the plugin jar only)");
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return name.startsWith("org/rapport/") ? null : super.getResource(name);
        }

        @Override
        public java.util.Enumeration<URL> getResources(String name) throws IOException {
            return name.startsWith("org/rapport/") ? Collections.emptyEnumeration() : super.getResources(name);
        }
    }
}
