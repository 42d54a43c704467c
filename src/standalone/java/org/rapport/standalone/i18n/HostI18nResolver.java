package org.rapport.standalone.i18n;

import com.atlassian.sal.api.message.I18nResolver;
import org.rapport.standalone.web.RequestContext;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * SAL's I18nResolver over the plugin's {@code <resource type="i18n">} bundle, in the request's
 * language. Like the products, every text goes through {@link MessageFormat} (so {@code ''} is an
 * apostrophe) and an unknown key comes back as the key itself.
 */
public final class HostI18nResolver implements I18nResolver {
    private final ClassLoader loader;
    private final String baseName;

    /** @param location the descriptor's i18n location, such as {@code i18n.rapport} */
    public HostI18nResolver(ClassLoader loader, String location) {
        this.loader = loader;
        this.baseName = location.replace('.', '/');
    }

    @Override
    public String getText(String key) {
        return getText(RequestContext.currentLocale(), key);
    }

    @Override
    public String getText(String key, Serializable... arguments) {
        return getText(RequestContext.currentLocale(), key, arguments);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        String pattern = raw(locale, key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(arguments == null ? new Object[0] : arguments);
    }

    @Override
    public Map<String, String> getAllTranslationsForPrefix(String prefix) {
        Locale locale = RequestContext.currentLocale();
        ResourceBundle bundle = bundle(locale);
        Map<String, String> result = new HashMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            if (key.startsWith(prefix)) {
                result.put(key, bundle.getString(key));
            }
        }
        return result;
    }

    /** The untranslated pattern for a key in a locale, or null. */
    public String raw(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
