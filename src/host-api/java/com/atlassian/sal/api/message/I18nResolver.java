package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/** Compile-time stand-in (SAL): the methods Rapport calls. */
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getText(Locale locale, String key, Serializable... arguments);

    Map<String, String> getAllTranslationsForPrefix(String prefix);
}
