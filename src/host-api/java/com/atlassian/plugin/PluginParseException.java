package com.atlassian.plugin;

/** Compile-time stand-in. */
public class PluginParseException extends PluginException {
    private static final long serialVersionUID = 1L;

    public PluginParseException() {
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
