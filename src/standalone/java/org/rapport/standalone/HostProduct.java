package org.rapport.standalone;

import javax.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * Which product line this host stands in for. The host is built twice from one source tree (see the
 * pom's {@code jira11-variant}): with {@code javax.servlet} it is the Jira 10 host (Platform 7), and
 * after the build's rename to {@code jakarta.servlet} the Jira 11 host (Platform 8). The line follows
 * from the servlet API the host was compiled against, so neither copy can claim the other's.
 */
public enum HostProduct {
    JIRA10("Jira 10", "javax", true),
    JIRA11("Jira 11", "jakarta", false);

    /** This host's line. */
    public static final HostProduct RUNNING =
            HttpServletRequest.class.getPackageName().startsWith("jakarta") ? JIRA11 : JIRA10;

    private final String label;
    private final String namespace;
    private final boolean basicByDefault;

    HostProduct(String label, String namespace, boolean basicByDefault) {
        this.label = label;
        this.namespace = namespace;
        this.basicByDefault = basicByDefault;
    }

    /** {@code jira10} or {@code jira11}: the name in the jar names and {@code ./rapport run --product}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String label() {
        return label;
    }

    /**
     * Whether HTTP Basic is accepted on a host started without demo data. Jira 10 accepts it as
     * shipped; Jira 11 turns it off by default ("Basic Authentication has been disabled on this
     * instance") and clients use personal access tokens. Demo mode keeps it on both lines.
     */
    public boolean acceptsBasic(boolean demo) {
        return basicByDefault || demo;
    }

    /**
     * Refuses a plugin jar built for the other line: its {@code Import-Package} names the other
     * namespace's JAX-RS, which this host cannot provide (as the product's OSGi framework would refuse it).
     */
    public void checkPluginJar(Path jar) {
        String imports;
        try (JarFile file = new JarFile(jar.toFile())) {
            imports = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Import-Package");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the plugin jar " + jar, e);
        }
        if (imports == null) {
            return; // not a bundle (a test's hand-made jar): nothing to compare
        }
        for (HostProduct other : values()) {
            if (other != this && imports.contains(other.namespace + ".ws.rs")) {
                throw new HostRefusedToStart(jar.getFileName() + " is a " + other.label + " plugin jar (" + other.namespace
                        + ".*), and this is the " + label + " host (" + namespace + ".*). Run ./rapport run --product "
                        + other.id() + ", or use rapport-" + id() + "-VERSION.jar.");
            }
        }
    }
}
