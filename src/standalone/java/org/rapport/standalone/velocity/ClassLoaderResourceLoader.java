package org.rapport.standalone.velocity;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Reads templates from one given class loader (the plugin's). Velocity's {@code ClasspathResourceLoader}
 * reads from the thread context class loader instead, which would make rendering depend on global,
 * per-thread state.
 *
 * <p>A leading {@code /} is ignored, as {@code ClasspathResourceLoader} does, so {@code #parse("/templates/x.vm")}
 * and {@code #parse("templates/x.vm")} find the same resource. Plugin templates never change while the plugin
 * is installed, so they are reported as never modified and Velocity's cache keeps them.
 */
final class ClassLoaderResourceLoader extends ResourceLoader {

    private final ClassLoader classLoader;

    ClassLoaderResourceLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public void init(ExtProperties configuration) {
        // Everything this loader needs was given to its constructor.
    }

    @Override
    public Reader getResourceReader(String name, String encoding) throws ResourceNotFoundException {
        InputStream stream = name == null ? null : classLoader.getResourceAsStream(resourcePath(name));
        if (stream == null) {
            throw new ResourceNotFoundException("Template '" + name + "' not found on the plugin class loader");
        }
        try {
            return buildReader(stream, encoding);
        } catch (IOException e) {
            closeQuietly(stream, e);
            throw new ResourceNotFoundException("Template '" + name + "' could not be read", e);
        }
    }

    @Override
    public boolean resourceExists(String name) {
        return name != null && classLoader.getResource(resourcePath(name)) != null;
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }

    private static String resourcePath(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }

    private static void closeQuietly(InputStream stream, IOException failure) {
        try {
            stream.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
