package org.rapport.standalone.plugin;

/** The plugin jar cannot be loaded as the products would load it; the message says why. */
public final class PluginLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PluginLoadException(String message) {
        super(message);
    }

    public PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
