package org.rapport.standalone.build;

import javax.inject.Named;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Build step (process-classes): writes Spring Scanner's runtime index for the plugin, because the
 * scanner's own Maven plugin is not on Maven Central. Reads the compiled plugin classes:
 * <ul>
 *   <li>{@code META-INF/plugin-components/component}: every concrete class annotated
 *       {@link Named}, one per line ({@code fqcn} or {@code fqcn#beanName});</li>
 *   <li>{@code META-INF/plugin-components/imports}: the type of every constructor parameter
 *       annotated {@code @ComponentImport}, in components and module classes alike;</li>
 *   <li>{@code META-INF/plugin-components/exports}: every component annotated {@code @ExportAsService},
 *       as {@code fqcn#iface1,iface2} (the interfaces named in the annotation).</li>
 * </ul>
 */
public final class ComponentIndexWriter {
    private static final String COMPONENT_IMPORT =
            "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    private static final String EXPORT_AS_SERVICE =
            "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";
    private static final String PLUGIN_PACKAGE = "org/rapport/";
    private static final String HOST_PACKAGE = "org/rapport/standalone/";

    private ComponentIndexWriter() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ComponentIndexWriter CLASSES_DIR");
        }
        Path classes = Path.of(args[0]);
        Index index = scan(classes);
        Path dir = classes.resolve("META-INF/plugin-components");
        Files.createDirectories(dir);
        write(dir.resolve("component"), index.components());
        write(dir.resolve("imports"), index.imports());
        write(dir.resolve("exports"), index.exports());
    }

    /** The components and imports of the plugin classes under {@code classes}. */
    public static Index scan(Path classes) throws IOException, ClassNotFoundException {
        Set<String> components = new TreeSet<>();
        Set<String> imports = new TreeSet<>();
        Set<String> exports = new TreeSet<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()},
                ComponentIndexWriter.class.getClassLoader())) {
            for (String name : pluginClassNames(classes)) {
                Class<?> type = Class.forName(name, false, loader);
                if (isComponent(type)) {
                    String bean = type.getAnnotation(Named.class).value();
                    components.add(bean.isEmpty() ? type.getName() : type.getName() + "#" + bean);
                    exportLine(type).ifPresent(exports::add);
                }
                for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                    for (Parameter parameter : constructor.getParameters()) {
                        importName(parameter).ifPresent(imports::add);
                    }
                }
            }
        }
        return new Index(List.copyOf(components), List.copyOf(imports), List.copyOf(exports));
    }

    /** The index files' lines. */
    public record Index(List<String> components, List<String> imports, List<String> exports) {
    }

    private static java.util.Optional<String> exportLine(Class<?> type) {
        for (var annotation : type.getAnnotations()) {
            if (annotation.annotationType().getName().equals(EXPORT_AS_SERVICE)) {
                try {
                    Class<?>[] interfaces = (Class<?>[]) annotation.annotationType().getMethod("value").invoke(annotation);
                    if (interfaces.length == 0) {
                        interfaces = type.getInterfaces();
                    }
                    List<String> names = new ArrayList<>();
                    for (Class<?> i : interfaces) {
                        names.add(i.getName());
                    }
                    return java.util.Optional.of(type.getName() + "#" + String.join(",", names));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("@ExportAsService without value()", e);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean isComponent(Class<?> type) {
        return type.isAnnotationPresent(Named.class)
                && !type.isInterface()
                && !Modifier.isAbstract(type.getModifiers());
    }

    private static java.util.Optional<String> importName(Parameter parameter) {
        for (var annotation : parameter.getAnnotations()) {
            if (annotation.annotationType().getName().equals(COMPONENT_IMPORT)) {
                String bean = beanName(annotation);
                String type = parameter.getType().getName();
                return java.util.Optional.of(bean.isEmpty() ? type : type + "#" + bean);
            }
        }
        return java.util.Optional.empty();
    }

    private static String beanName(java.lang.annotation.Annotation annotation) {
        try {
            return (String) annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("@ComponentImport without value()", e);
        }
    }

    private static List<String> pluginClassNames(Path classes) throws IOException {
        List<String> names = new ArrayList<>();
        Path root = classes.resolve(PLUGIN_PACKAGE);
        if (!Files.isDirectory(root)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                String relative = classes.relativize(p).toString().replace('\\', '/');
                if (!relative.startsWith(HOST_PACKAGE)) {
                    names.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
                }
            });
        }
        names.sort(String::compareTo);
        return names;
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.writeString(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
