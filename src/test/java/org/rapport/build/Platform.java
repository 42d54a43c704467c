package org.rapport.build;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;

/**
 * The product line a test run checks: failsafe runs the integration tests once per plugin jar and
 * names it in the system property {@value #PROPERTY} ({@code jira10}: Platform 7, {@code javax};
 * {@code jira11}: Platform 8, {@code jakarta}). Types whose package the platform renames are named
 * here by string, so the same test classes run against either variant.
 */
enum Platform {
    JIRA10("jira10", 7, "javax", "[2.0.0,3.0.0)", null, "osgi/platform7-exports.txt"),
    JIRA11("jira11", 8, "jakarta", "[3.0.0,4.0.0)", "[6.0,7)", "osgi/platform8-exports.txt");

    static final String PROPERTY = "rapport.product";
    /** The system property naming the other line's plugin jar, for the tests that must see it refused. */
    static final String OTHER_JAR_PROPERTY = "rapport.other.plugin.jar";

    private final String product;
    private final int number;
    private final String namespace;
    private final String jaxRsRange;
    private final String servletRange;
    private final String exports;

    Platform(String product, int number, String namespace, String jaxRsRange, String servletRange, String exports) {
        this.product = product;
        this.number = number;
        this.namespace = namespace;
        this.jaxRsRange = jaxRsRange;
        this.servletRange = servletRange;
        this.exports = exports;
    }

    static Platform current() {
        String value = System.getProperty(PROPERTY);
        for (Platform platform : values()) {
            if (platform.product.equals(value)) {
                return platform;
            }
        }
        throw new AssertionError("System property " + PROPERTY + " must be jira10 or jira11 (failsafe sets it per"
                + " plugin jar); it is " + value);
    }

    Platform other() {
        return this == JIRA10 ? JIRA11 : JIRA10;
    }

    String product() {
        return product;
    }

    /** {@code javax} or {@code jakarta}. */
    String namespace() {
        return namespace;
    }

    /** A renamed type's full name: {@code "ws.rs.Path"} is {@code javax.ws.rs.Path} on Platform 7. */
    String name(String suffix) {
        return namespace + "." + suffix;
    }

    /** The version range the plugin imports JAX-RS with. */
    String jaxRsRange() {
        return jaxRsRange;
    }

    /** The version range the plugin imports the servlet API with, or null where it imports it without one. */
    String servletRange() {
        return servletRange;
    }

    /** The test data listing what the platform exports to apps, each package with its evidence. */
    String exportsResource() {
        return exports;
    }

    @Override
    public String toString() {
        return product + " (Platform " + number + ", " + namespace + ")";
    }

    @SuppressWarnings("unchecked")
    Class<? extends Annotation> annotation(String suffix) {
        try {
            return (Class<? extends Annotation>) Class.forName(name(suffix), false, Platform.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name(suffix) + " is not on the test class path of the " + this + " run", e);
        }
    }

    /** An annotation's {@code value()} (for {@code @Named}), read reflectively like the annotation type. */
    static String value(Annotation annotation) {
        try {
            return (String) annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("Cannot read value() of " + annotation, e);
        }
    }
}
